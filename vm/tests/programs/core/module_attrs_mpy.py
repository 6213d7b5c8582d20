# Missing module attributes raise AttributeError in MicroPython's wording,
# whether read or deleted, and can be caught.
import math
try:
    del math.nothing
except AttributeError as e:
    print("del:", e)
math.extra = 1
del math.extra
print(hasattr(math, "extra"))
try:
    math.nope
except AttributeError as e:
    print("get:", e)
