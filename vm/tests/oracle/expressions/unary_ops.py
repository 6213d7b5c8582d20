print(-5, +5, ~5, -(-5), ~~5, -0, -0.0, +True, -True, ~True, ~False)
x = 3
print(-x ** 2, (-x) ** 2, not x == 3, -x * -x)
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
n = N()
print(-n, +n, ~n)
for v in ("s", [1], None):
    try:
        print(-v)
    except TypeError as e:
        print("TypeError", e)
