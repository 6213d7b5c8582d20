# pow(a, b, m) rejects a zero modulus, negative exponents and non-ints.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for args in [(2, 3, 0), (2, -1, 7), (2.0, 3, 7), (2, 3.0, 7), (2, 3, 7.0), (2, 2**70, 0), ("2", 3, 4), (2, 3, None)]:
    print(args, r(pow, *args))
