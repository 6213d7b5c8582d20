# not in the oracle: the wasm build's asyncio runs on the JS event loop and has no asyncio.run
# Scheduling order as MicroPython's extmod/asyncio gives it: fairness, cancellation, Event, Lock, gather, wait_for.
import asyncio, time


async def spin(name, n, log):
    for i in range(n):
        log.append(name + str(i))
        await asyncio.sleep(0)


async def victim(ev):
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print("victim cancelled")
        raise


async def fails(x):
    await asyncio.sleep(0)
    raise ValueError(x)


async def slow():
    await asyncio.sleep_ms(50)
    return "slow"


async def main():
    log = []
    await asyncio.gather(spin("a", 3, log), spin("b", 2, log))
    print(log)

    ev = asyncio.Event()
    t = asyncio.create_task(victim(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaited a cancelled task")

    print(await asyncio.gather(fails(1), slow(), return_exceptions=True))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for_ms(slow(), 200))

    lock = asyncio.Lock()
    order = []

    async def worker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep_ms(1)

    await asyncio.gather(*[worker(i) for i in range(4)])
    print(order, lock.locked())

    try:
        await asyncio.sleep_ms(time.ticks_add(0, -1) // 2 + 1)
    except OverflowError as e:
        print("OverflowError", e)

    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("RuntimeError", e)


def handler(loop, context):
    print("handler:", repr(context["exception"]))


asyncio.get_event_loop().set_exception_handler(handler)


async def orphan():
    asyncio.create_task(fails(9))
    await asyncio.sleep_ms(5)


asyncio.run(main())
asyncio.run(orphan())
