class Suspend:
    def __iter__(self):
        v = yield "waiting"
        return v
async def worker():
    a = await Suspend()
    b = await Suspend()
    return a + b
c = worker()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("result", e.value)
