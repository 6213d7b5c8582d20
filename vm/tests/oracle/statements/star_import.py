from math import *
print(floor(2.7), sqrt(16.0), pi > 3)
from json import *
print(dumps([1, 2]))
