# comprehension variables stay inside
x = "outer"
print([x for x in range(3)], x)
y = 10
print([y + i for i in range(3)])
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
