import math
def f():
    tmp = 1
    return 2
print(f())
