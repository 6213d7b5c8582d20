f = lambda x, y=2, *a, **k: (x, y, a, k)
print(f(1))
