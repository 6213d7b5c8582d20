import asyncio
import time

T0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), T0)


async def forever(tag):
    try:
        while True:
            await asyncio.sleep(1)
            print(now(), tag, "tick")
    except asyncio.CancelledError:
        print(now(), tag, "cancelled")
        raise
    finally:
        print(tag, "cleanup")


async def waiter(ev, name):
    print(now(), name, "waiting")
    await ev.wait()
    print(now(), name, "woke", ev.is_set())


async def locked(lock, name, hold):
    async with lock:
        print(now(), name, "has the lock")
        await asyncio.sleep_ms(hold)
    print(now(), name, "released")


async def main():
    t = asyncio.create_task(forever("loop"))
    await asyncio.sleep(2.5)
    print(t.cancel(), t.cancel() if t.done() else "pending")
    try:
        await t
    except asyncio.CancelledError:
        print(now(), "main saw CancelledError", t.done())
    print(t.cancel())

    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2")]
    await asyncio.sleep_ms(100)
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print(ev.is_set())

    flag = asyncio.ThreadSafeFlag()

    async def flag_wait():
        await flag.wait()
        print(now(), "flag seen")

    ft = asyncio.create_task(flag_wait())
    await asyncio.sleep_ms(10)
    flag.set()
    await ft

    lock = asyncio.Lock()
    await asyncio.gather(locked(lock, "A", 50), locked(lock, "B", 20), locked(lock, "C", 10))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
