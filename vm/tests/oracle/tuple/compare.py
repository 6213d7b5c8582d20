# tuples compare item by item, then by length
print((1, 2) == (1, 2), (1, 2) != (1, 2), (1, 2) == [1, 2], () == ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1,) <= (1,), (1,) >= (1, 0))
print((1, "a") < (1, "b"), ((1, 2),) < ((1, 3),))
print(sorted([(2, 1), (1, 2), (1, 1), (2,), ()]))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    (1,) < [1]
except TypeError as e:
    print("TypeError", e)
print((1, "x") < (2, 0))
