class A:
    pass
a = A()
print(a.__class__ is A, a.__class__.__name__, type(a) is a.__class__)
print((1).__class__.__name__, "s".__class__ is str, [].__class__ is list)
