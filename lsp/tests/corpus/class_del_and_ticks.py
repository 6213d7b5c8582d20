# Code that runs on MicroPython though it may not do what CPython would.
import time


class Resource:
    def __init__(self):
        self.open = True

    def __del__(self):
        self.open = False


r = Resource()
t0 = time.ticks_ms()
elapsed = time.ticks_ms() - t0
print(r.open, elapsed >= 0)
