def g(*a):
    return a
x = [1, 2]
print(g(*x), g(*x, *x), g(0, *x, 9), g(*range(3)), g(*"hi"), g(*{5: 0}))
print(g(*iter([4, 5])), g(*b"ab"))
try:
    g(*5)
except TypeError as e:
    print("TypeError", e)
