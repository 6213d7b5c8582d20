import asyncio
lock = asyncio.Lock()
async def f():
    async with lock:
        return 1
print(f)
