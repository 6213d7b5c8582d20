try:
    [1 / (x - 2) for x in range(4)]
except ZeroDivisionError as e:
    print("list comp", e)
try:
    {x: 1 // 0 for x in [1]}
except ZeroDivisionError as e:
    print("dict comp", e)
g = (int(s) for s in ["1", "x"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("gen expr", e)
