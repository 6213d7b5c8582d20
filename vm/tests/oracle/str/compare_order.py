# str comparisons are by code point, including non-ASCII and prefixes.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

vals = ["", "a", "A", "ab", "b", "é", "z", "日", "aa"]
for a in vals:
    print(repr(a), [(a < b, a == b) for b in vals])
print(sorted(vals), max(vals), min(vals), r(lambda: "a" < 1), "a" == b"a", "a" != 1)
