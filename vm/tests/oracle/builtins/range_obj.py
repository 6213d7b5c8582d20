# range objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r, r.start, r.stop, r.step)
print(range(5), range(0), list(range(5, 0, -2)), list(range(-3)), range(1, 2) == range(1, 2))
print(range(3)[::-1], list(range(10)[2:8:2]), len(range(0, 10, 3)), reversed(range(3)) is not None)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
