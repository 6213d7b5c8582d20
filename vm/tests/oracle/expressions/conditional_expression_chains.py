def sign(x):
    return "+" if x > 0 else "-" if x < 0 else "0"
print([sign(v) for v in (5, -2, 0)])
v = None
print(v if v is not None else "default", (lambda: 1 if v else 2)())
