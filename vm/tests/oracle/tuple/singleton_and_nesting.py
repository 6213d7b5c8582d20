a = (1,)
b = 1,
c = ((1,),)
print(a == b, len(c), c[0][0], type(()).__name__, (()) == (), ((),) != ())
x = (1, (2, (3, (4,))))
print(x[1][1][1][0], len(x))
print(tuple(tuple(r) for r in [[1, 2], [3]]))
