async def f(x):
    return x * 2
c = f(3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def g():
    a = await f(1)
    b = await f(a)
    return a + b
co = g()
try:
    co.send(None)
except StopIteration as e:
    print("g result", e.value)
