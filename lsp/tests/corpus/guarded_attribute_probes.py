# Portable code that probes for what a port lacks and carries on.
import sys
import time

try:
    now = time.perf_counter()
except AttributeError:
    now = time.ticks_ms()

if hasattr(time, "monotonic"):
    start = time.monotonic()
else:
    start = time.ticks_ms()

try:
    label = "x".ljust(4)
except AttributeError:
    label = "x" + " " * 3

try:
    value = undefined_helper()
except NameError:
    value = 0

try:
    sys.setrecursionlimit(100)
except Exception:
    pass

try:
    n = (5).bit_length()
except AttributeError:
    n = len(bin(5)) - 2

print(label, value, n, now is not None, start is not None)
