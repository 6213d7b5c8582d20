"""Write a MicroPython program of about N lines (default 5000): classes,
functions, loops, pin and timer use — valid Python, so every server under
test analyses the same clean code."""

import sys

HEADER = '''"""Generated benchmark program."""
import time
import machine
from machine import Pin

LIMIT = 100
'''

BLOCK = '''

class Blinker{i}:
    """Blinks an LED on a pin."""

    def __init__(self, pin_no, period_ms=250):
        self.led = Pin(pin_no, Pin.OUT)
        self.period_ms = period_ms
        self.count = 0

    def toggle(self):
        self.led.value(not self.led.value())
        self.count += 1
        return self.count

    def run(self, times):
        start = time.ticks_ms()
        for n in range(times):
            self.toggle()
            time.sleep_ms(self.period_ms)
        return time.ticks_diff(time.ticks_ms(), start)


def average{i}(values):
    total = 0
    for v in values:
        total += v
    if not values:
        return 0
    return total / len(values)


def describe{i}(name, readings):
    best = max(readings) if readings else 0
    text = "{{}}: {{}} readings, best {{}}".format(name, len(readings), best)
    squares = [r * r for r in readings if r > 0]
    return text, squares
'''

FOOTER = '''

b = Blinker0(2)
print(b.run(3), average0([1, 2, 3]), describe0("x", [1, 2]))
'''


def program(lines: int) -> str:
    out = [HEADER]
    i = 0
    while sum(s.count("\n") for s in out) < lines - 10:
        out.append(BLOCK.format(i=i))
        i += 1
    out.append(FOOTER)
    return "".join(out)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    sys.stdout.write(program(n))
