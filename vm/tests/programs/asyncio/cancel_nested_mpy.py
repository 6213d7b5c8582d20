# Cancelling a task throws CancelledError into its innermost await, so
# finally blocks and `async with` exits of nested coroutines run.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    except asyncio.CancelledError:
        print("outer caught")
        raise


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
    return 5


async def outer2():
    r = await swallow()
    print("outer2 got", r)
    return r


async def holder(lock):
    async with lock:
        await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(outer())
    t2 = asyncio.create_task(outer2())
    await asyncio.sleep(1)
    t.cancel()
    t2.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    print(await t2)
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.1)
    print("locked while held:", lock.locked())
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        pass
    print("released on cancel:", not lock.locked())
    try:
        await asyncio.wait_for(holder(lock), 0.2)
    except asyncio.TimeoutError:
        print("timeout; released:", not lock.locked())


asyncio.run(main())


def g1():
    try:
        yield 1
    finally:
        print("g1 finally")


def g2():
    yield from g1()


g = g2()
next(g)
g.close()
