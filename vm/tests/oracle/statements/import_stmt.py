# import forms
import sys
import math as m
from math import sqrt, pi as PI
from collections import *
print(m.sqrt(16), sqrt(9), round(PI, 3), type(sys.modules).__name__)
print("OrderedDict" in dir(), "namedtuple" in dir())
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
