def f(a, *, b=1, c):
    return a + b + c
print(f(1, c=2))
