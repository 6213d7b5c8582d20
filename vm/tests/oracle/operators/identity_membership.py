# is, is not, in, not in
a = [1]
b = a
print(a is b, a is [1], a is not None, None is None, 1 in a, 2 not in a)
print("b" in "abc", "ab" in "abc", "" in "x", 3 in range(5), 3 in {3: 0}, (1, 2) in [(1, 2)])
class Never:
    def __contains__(self, x):
        return 0
print(5 in Never(), 5 not in Never())
