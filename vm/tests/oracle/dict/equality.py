# dicts are equal when their items are
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1}, {} == {}, {1: 2} != {1: 2})
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == [(1, 2)], {1: 1} == {1: 1.0})
for op in ("<", ">", "<=", ">="):
    try:
        eval("{1: 2} %s {1: 2}" % op)
    except TypeError as e:
        print("TypeError", e)
