# complex() from numbers, pairs, strings and objects with __complex__ or __float__.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class Z:
    def __complex__(self):
        return 3 + 4j
class Fl:
    def __float__(self):
        return 1.5
for args in [(), (1,), (1.5,), (2**70,), (True,), (1, 2), (1.5, -2.5), (1j, 1j), (1j, 2), (2, 1j), (Z(),), (Fl(),), (None,), ([],)]:
    print([type(a).__name__ for a in args], r(complex, *args))
