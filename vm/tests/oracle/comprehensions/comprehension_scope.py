x = "outer"
l = [x for x in range(3)]
print(x, l)
y = 5
print([y + i for i in range(3)])
class C:
    v = 10
    items = [i for i in range(3)]
print(C.items)
def f():
    z = 2
    return [z * k for k in range(3)]
print(f())
