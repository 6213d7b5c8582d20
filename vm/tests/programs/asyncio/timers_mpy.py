# Timers on the same clock as asyncio and time.sleep: a periodic timer's
# callback wakes a task through a ThreadSafeFlag at exact virtual instants.
import asyncio
import machine
import micropython
import time

T0 = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), T0)


flag = asyncio.ThreadSafeFlag()
t = machine.Timer(-1)
t.init(period=150, mode=machine.Timer.PERIODIC, callback=lambda _: flag.set())


async def consumer():
    for i in range(3):
        await flag.wait()
        print("flag", i, now())


asyncio.run(consumer())
t.deinit()
ticks = []
t2 = machine.Timer(-1)
t2.init(period=100, callback=lambda _: ticks.append(now()))
time.sleep_ms(350)
t2.deinit()
print(ticks)
micropython.schedule(print, "scheduled")
print("after")
