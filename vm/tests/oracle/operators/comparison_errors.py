# ordering between unrelated types fails
for a, b in ((1, "1"), ([], ()), (None, 0), ({}, {}), (1, None), ("a", b"a")):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(1 == "1", [] == (), None == 0, "a" == b"a", 1 == 1.0, True == 1)
