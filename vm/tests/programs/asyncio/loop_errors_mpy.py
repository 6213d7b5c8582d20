import asyncio
import uasyncio
import time

print(uasyncio.sleep is asyncio.sleep)
T0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), T0)


async def ticker(loop, n):
    for i in range(n):
        await asyncio.sleep_ms(100)
        print(now(), "tick", i)
    loop.stop()


loop = asyncio.get_event_loop()
loop.create_task(ticker(loop, 3))
loop.run_forever()
print(now(), "stopped")


async def compute(x):
    await asyncio.sleep_ms(x)
    return x * 2


print(loop.run_until_complete(compute(40)), now())


async def broken():
    await asyncio.sleep_ms(5)
    raise OSError(5)


async def main():
    asyncio.create_task(broken())
    await asyncio.sleep_ms(20)
    print("main continues", now())


def handler(loop, context):
    print("handler got", type(context["exception"]).__name__, context["exception"].args)


loop.set_exception_handler(handler)
asyncio.run(main())
print(loop.get_exception_handler() is handler)
loop.set_exception_handler(None)
asyncio.new_event_loop()
try:
    asyncio.run(compute("x"))
except TypeError:
    print("TypeError from task")
try:
    asyncio.create_task(compute)
except TypeError as e:
    print("TypeError", e)
