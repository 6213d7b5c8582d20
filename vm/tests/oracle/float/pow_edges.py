# Float powers at their edges: zero to negatives, negatives to fractions, overflow.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a, b in [(0.0, -1), (0.0, -1.5), (-0.0, -1), (-8.0, 1 / 3), (-1.0, 0.5), (10.0, 400), (10.0, -400), (2.0, 1024), (-2.0, 1025),
             (1.0, float("nan")), (float("nan"), 0.0), (-1.0, float("inf")), (0.5, -float("inf")), (1e300, 2), (-1e300, 3)]:
    print(a, b, r(lambda: "%.12g" % (a ** b)), r(lambda: "%.12g" % pow(a, b)))
