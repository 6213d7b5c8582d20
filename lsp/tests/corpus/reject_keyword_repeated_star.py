def f(*, *a):
    pass
