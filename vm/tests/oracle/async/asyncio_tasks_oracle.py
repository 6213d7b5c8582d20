import asyncio
async def worker(name, n, out):
    for i in range(n):
        out.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    return name
async def main():
    out = []
    t1 = asyncio.create_task(worker("a", 3, out))
    t2 = asyncio.create_task(worker("b", 2, out))
    r = await asyncio.gather(t1, t2)
    print(r, out)
coro = main()
print(type(coro).__name__)
