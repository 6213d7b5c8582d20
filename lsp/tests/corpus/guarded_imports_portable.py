# Imports that fall back from CPython names to MicroPython ones.
try:
    import ujson as json
except ImportError:
    import json

try:
    from time import ticks_ms, ticks_diff
except ImportError:
    from time import monotonic

    def ticks_ms():
        return int(monotonic() * 1000)

    def ticks_diff(a, b):
        return a - b

try:
    from collections import OrderedDict
except ImportError:
    OrderedDict = dict

try:
    import typing
    from typing import Any
except ImportError:
    Any = object

try:
    import struct
except:
    struct = None

start = ticks_ms()
d = OrderedDict()
d["b"] = 1
d["a"] = 2
print(json.dumps(list(d.keys())), ticks_diff(ticks_ms(), start) >= 0, struct is not None)
