import asyncio
import time

T0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), T0)


async def work(ms, value, fail=False):
    await asyncio.sleep_ms(ms)
    if fail:
        raise ValueError(value)
    return value


async def main():
    print(await asyncio.gather(work(300, "a"), work(100, "b"), work(200, "c")), now())
    r = await asyncio.gather(work(50, 1), work(10, 2, fail=True), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1].args, now())
    try:
        await asyncio.gather(work(100, 1), work(20, "bad", fail=True))
    except ValueError as e:
        print("gather raised", e.args, now())
    print(await asyncio.wait_for(work(10, "quick"), 1), now())
    try:
        await asyncio.wait_for(work(10_000, "slow"), 0.5)
    except asyncio.TimeoutError:
        print("timed out", now())
    try:
        await asyncio.wait_for_ms(work(300, "slow"), 100)
    except asyncio.TimeoutError:
        print("timed out ms", now())
    print(await asyncio.wait_for(work(5, "none"), None), now())


asyncio.run(main())
