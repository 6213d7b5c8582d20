def f(*args):
    return len(args), args[:3]
print(f(*(i for i in range(10))))
print(f(*range(3), *"ab", *[None]))
print(max(*[3, 1, 2]), min(*"zyx"))
