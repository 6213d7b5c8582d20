# instances accept new attributes; classes can be changed later
class P:
    pass
p = P()
p.a = 1
P.b = 2
print(p.a, p.b, P().b)
P.m = lambda self: "added method"
print(p.m())
del P.b
print(hasattr(p, "b"))
