class ACM:
    async def __aenter__(self):
        print("enter")
    async def __aexit__(self, *a):
        print("exit")
async def loop():
    for i in range(3):
        async with ACM():
            if i == 0:
                continue
            if i == 1:
                break
    async with ACM():
        return i
c = loop()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
