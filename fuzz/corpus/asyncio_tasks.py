import asyncio


async def worker(name, n, q):
    for i in range(n):
        await asyncio.sleep(0)
        q.append((name, i))
    return name


async def main():
    q = []
    results = await asyncio.gather(worker("a", 2, q), worker("b", 3, q))
    print(results, len(q))
    t = asyncio.create_task(worker("c", 1, q))
    await t
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timeout")


asyncio.run(main())
