t = (1,) + (2, 3) + ()
print(t, type(t).__name__, t * 2, len(t * 0))
class T(tuple):
    pass
x = T((1, 2))
print(x + (3,), type(x + (3,)).__name__, isinstance(x, tuple))
