class C:
    def __init__(self, x):
        if x < 0:
            raise ValueError("x must be >= 0")
        self.x = x
print(C(1).x)
try:
    C(-1)
except ValueError as e:
    print("ValueError", e)
try:
    C()
except TypeError as e:
    print("TypeError", e)
