# Missing module attributes raise AttributeError in MicroPython's wording,
# whether read, set or deleted (a built-in module is read-only), and can be
# caught.
import math
try:
    del math.nothing
except AttributeError as e:
    print("del:", e)
try:
    math.extra = 1
except AttributeError as e:
    print("set:", e)
print(hasattr(math, "extra"))
try:
    math.nope
except AttributeError as e:
    print("get:", e)
