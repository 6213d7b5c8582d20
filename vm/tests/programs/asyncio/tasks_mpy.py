# Tasks interleave on virtual time; every instant printed is exact.
import asyncio
import time

T0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), T0)


async def blink(name, period, times):
    for i in range(times):
        await asyncio.sleep_ms(period)
        print(now(), name, i)
    return name + " done"


async def main():
    a = asyncio.create_task(blink("fast", 100, 3))
    b = asyncio.create_task(blink("slow", 250, 2))
    print(now(), "started", a.done(), b.done())
    print(await a, now())
    print(await b, now())
    print(a.done(), b.done())
    await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    print(now(), "after sleep(0.5)")
    print(asyncio.current_task() is not None)
    return 7


print(asyncio.run(main()), now())
