async def a(n):
    return n + 1
async def b(n):
    return await a(n) * 2
async def c(n):
    return await b(await a(n))
try:
    c(1).send(None)
except StopIteration as e:
    print(e.value)
