import asyncio
async def work(n):
    await asyncio.sleep_ms(1)
    return n * 2
async def main():
    r = await work(3)
    print(r)
    async for x in agen():
        print(x)
async def agen():
    for i in range(2):
        yield i
print(main)
