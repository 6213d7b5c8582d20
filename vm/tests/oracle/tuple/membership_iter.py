# in, iteration, len, bool, min/max/sum over tuples
t = (3, 1, 2)
print(1 in t, 5 in t, 5 not in t, len(t), len(()), bool(()), bool((0,)))
print(min(t), max(t), sum(t), sorted(t), list(reversed(t)))
it = iter(t)
print(next(it), next(it), next(it), next(it, "end"))
print([x for x in t if x > 1], list(enumerate(t)), list(zip(t, "abc")))
print(any(()), all(()), any((0, 1)), all((1, 0)))
