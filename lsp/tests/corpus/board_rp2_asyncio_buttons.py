# board: rp2
# Debounced buttons and a blinking LED as asyncio tasks.
import asyncio
from machine import Pin


class Button:
    def __init__(self, pin_no, name):
        self.pin = Pin(pin_no, Pin.IN, Pin.PULL_UP)
        self.name = name
        self.pressed = asyncio.Event()

    async def watch(self, debounce_ms=20):
        last = self.pin.value()
        while True:
            await asyncio.sleep_ms(debounce_ms)
            now = self.pin.value()
            if last and not now:
                self.pressed.set()
            last = now


async def blink(led, period_ms):
    while True:
        led.toggle()
        await asyncio.sleep_ms(period_ms)


async def main():
    led = Pin("LED", Pin.OUT)
    a = Button(14, "A")
    b = Button(15, "B")
    tasks = [asyncio.create_task(x.watch()) for x in (a, b)]
    blinker = asyncio.create_task(blink(led, 500))
    await a.pressed.wait()
    blinker.cancel()
    for t in tasks:
        t.cancel()
    print("done")


asyncio.run(main())
