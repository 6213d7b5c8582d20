print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
r = range(3)
it = iter(r)
print(next(it), next(it), list(it))
