count: int
def f():
    v: float
    v = 1.0
    return v
print(f())
