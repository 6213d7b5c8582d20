print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print("1" == 1, [1] == (1,), None == 0, {} == [])
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", b"a" < b"b")
print([1] != [1], (1,) != (2,), 1 != 1.0)
for a, b in (("a", 1), ([1], (1,)), (None, None), ({}, {})):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
