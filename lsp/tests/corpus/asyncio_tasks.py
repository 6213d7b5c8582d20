import asyncio
async def t(n):
    await asyncio.sleep(0)
    return n
async def main():
    r = await asyncio.gather(t(1), t(2))
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    task = asyncio.create_task(t(3))
    await asyncio.wait_for(task, 1)
    return r
print(main)
