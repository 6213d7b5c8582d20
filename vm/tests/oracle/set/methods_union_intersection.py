a, b = {1, 2, 3}, {3, 4}
print(sorted(a.union(b)), sorted(a.union([5])), sorted(a.intersection(b)), sorted(a.intersection([1, 2])))
for f in (lambda: a.union([5], (6,)), lambda: a.intersection([1], [2])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(sorted(a.difference(b)), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
for f in (lambda: a | [1], lambda: a & "x", lambda: a - 1):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
