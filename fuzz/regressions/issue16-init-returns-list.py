# Issue #16: __init__ returning a value panicked (index out of bounds)
class A:
    def __init__(self):
        return [1]

try:
    A()
except TypeError as e:
    print(e)
print('after', [A.__name__])
A()
