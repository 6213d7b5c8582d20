t = 1, 2, 3
print(t, type(t).__name__)
u = 1,
print(u, len(u))
def f():
    return 1, "a"
print(f())
for x in 1, 2:
    print(x)
a = b = 4, 5
print(a, b)
print((1, 2) == (1, 2), () == tuple())
