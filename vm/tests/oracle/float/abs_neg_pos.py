# abs, unary minus and plus of floats, including the signs of zero and nan.
for x in (0.0, -0.0, 1.5, -1.5, float("inf"), float("-inf"), float("nan"), 5e-324):
    print(repr(x), repr(abs(x)), repr(-x), repr(+x), bool(x), x == x)
