# bool() of every kind of value, including objects with __bool__ and __len__.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
class Bad:
    def __bool__(self):
        return 1
for v in (0, 1, -1, 0.0, -0.0, float("nan"), 0j, "", "0", b"", [], [0], (), {}, set(), None, range(0), range(1), 2**70, T(), L()):
    print(repr(v) if not isinstance(v, (T, L)) else type(v).__name__, bool(v))
print(bool(), r(bool, Bad()), r(bool, 1, 2))
