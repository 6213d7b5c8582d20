# An asyncio application shape: tasks that wait on events and locks, a
# queue-like buffer, timeouts, cancellation. The wasm build drives asyncio
# from the JS event loop, so the coroutines are only built here, not run.
import asyncio


class Buffer:
    def __init__(self, size=8):
        self.items = []
        self.size = size
        self.ready = asyncio.Event()
        self.lock = asyncio.Lock()

    async def put(self, item):
        async with self.lock:
            if len(self.items) >= self.size:
                self.items.pop(0)
            self.items.append(item)
            self.ready.set()

    async def get(self):
        while not self.items:
            self.ready.clear()
            await self.ready.wait()
        return self.items.pop(0)


async def producer(buf, n):
    for i in range(n):
        await buf.put(i)
        await asyncio.sleep_ms(10)


async def consumer(buf, n, out):
    for _ in range(n):
        try:
            item = await asyncio.wait_for(buf.get(), 1)
        except asyncio.TimeoutError:
            break
        out.append(item)


async def main():
    buf = Buffer()
    out = []
    p = asyncio.create_task(producer(buf, 5))
    c = asyncio.create_task(consumer(buf, 5, out))
    await asyncio.gather(p, c)
    ticker = asyncio.create_task(asyncio.sleep(100))
    ticker.cancel()
    try:
        await ticker
    except asyncio.CancelledError:
        pass
    return out


coro = main()
print(type(coro).__name__, asyncio.Event().is_set())
coro.close()
