try:
    [x for x in 5]
except TypeError as e:
    print("TypeError", e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError", e)
try:
    {[x]: 1 for x in range(1)}
except TypeError as e:
    print("TypeError", e)
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError", e)
