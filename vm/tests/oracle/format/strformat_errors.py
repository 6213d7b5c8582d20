# str.format errors: mixed numbering, missing fields, bad conversions, stray braces.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for f, a, k in [("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{!z}", (1,), {}), ("{", (), {}),
                ("}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{:d}", ("a",), {}), ("{!r", (1,), {}),
                ("{0:{1}}", (1, "x"), {}), ("{a.b}", (), {"a": 1}), ("{}", (), {})]:
    print(repr(f), r(lambda: f.format(*a, **k)))
