class Aw:
    def __init__(self, v):
        self.v = v
    def __iter__(self):
        x = yield "suspend-%d" % self.v
        return self.v + (x or 0)
async def main():
    a = await Aw(1)
    b = await Aw(10)
    return a, b
c = main()
print(c.send(None))
print(c.send(100))
try:
    c.send(1000)
except StopIteration as e:
    print("done", e.value)
