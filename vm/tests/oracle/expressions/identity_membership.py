a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, 2 in a, 3 not in a)
print("b" in "abc", "bc" in "abc", "" in "x", "d" not in "abc")
print(1 in {1: 2}, 2 in {1: 2}, 1 in {1, 2}, (1, 2) in [(1, 2)])
print(b"a" in b"cab", 97 in b"a", 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
