# iter and next, with sentinel and default
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
vals = [3, 2, 1, 0, 5]
f = iter(lambda: vals.pop(0), 0)
print(list(f), vals)
print(iter(it) is it)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
