import re
import struct
import time
import sys
import micropython
import gc

print(re.match(r"(\w+)-(\d+)", "ab-12").groups(), re.sub("a+", "-", "caaat"), re.split(",", "a,b,,c"))
print(struct.pack("<hI", -2, 7), struct.unpack(">H", b"\x01\x02"), struct.calcsize("<iQ"))
t = time.ticks_ms()
time.sleep_ms(5)
print(time.ticks_diff(time.ticks_ms(), t) >= 0, sys.implementation.name, type(sys.maxsize))
gc.collect()
print(gc.mem_free() > 0, micropython.const(3))
try:
    import machine

    p = machine.Pin(2, machine.Pin.OUT)
    p.value(1)
    print(p.value())
except ImportError as e:
    print("no machine", e)
