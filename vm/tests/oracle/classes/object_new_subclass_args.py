class A:
    def __init__(self, x):
        self.x = x
try:
    A.__new__(A)
except AttributeError as e:
    print("AttributeError", e)
a = object.__new__(A)
print(type(a).__name__, hasattr(a, "x"))
A.__init__(a, 5)
print(a.x)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
