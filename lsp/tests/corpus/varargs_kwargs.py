def f(*args, **kwargs):
    return len(args), sorted(kwargs)
print(f(1, 2, x=3))
