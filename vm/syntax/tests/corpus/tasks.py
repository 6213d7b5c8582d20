import uasyncio as asyncio
from machine import Pin


class Blinker:
    def __init__(self, pin, period_ms):
        self.pin = Pin(pin, Pin.OUT)
        self.period_ms = period_ms
        self.running = True

    async def run(self):
        while self.running:
            self.pin.toggle()
            await asyncio.sleep_ms(self.period_ms)


async def producer(queue, count):
    for i in range(count):
        await queue.put(i * i)
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
    return total


async def with_timeout(coro, seconds):
    try:
        return await asyncio.wait_for(coro, seconds)
    except asyncio.TimeoutError:
        return None


async def main():
    blinker = Blinker(2, 250)
    task = asyncio.create_task(blinker.run())
    event = asyncio.Event()
    lock = asyncio.Lock()
    async with lock:
        results = await asyncio.gather(
            with_timeout(asyncio.sleep(1), 2),
            with_timeout(asyncio.sleep(5), 0.5),
            return_exceptions=True,
        )
    print(results)
    event.set()
    blinker.running = False
    await task


asyncio.run(main())
