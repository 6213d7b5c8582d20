# Indexing a str at every position, both signs and out of range.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("abc", "héllo", "日本語", ""):
    print(repr(s), [r(lambda: s[i]) for i in range(-len(s) - 1, len(s) + 1)])
