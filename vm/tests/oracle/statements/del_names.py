a = 1
b = 2
del a
try:
    print(a)
except (NameError, KeyError) as e:
    print(type(e).__name__, e)
del b,
print("b" in globals())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
try:
    del nothing_here
except (NameError, KeyError) as e:
    print(type(e).__name__, e)
