print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(None, type(None).__name__, None == None, None is not None)
x = ...
print(x == Ellipsis, repr(x), str(x))
print(bool(None), bool(...))
d = {None: 1, ...: 2}
print(d[None], d[...])
