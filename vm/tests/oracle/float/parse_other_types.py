# float() of ints, big ints, bools, bytes and objects.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class F:
    def __float__(self):
        return 2.5
class Bad:
    def __float__(self):
        return 1
for v in (0, -7, True, 2**70, 10**400, b"1.25", bytearray(b"-3"), F(), Bad(), None, [1.0], 1j):
    print(type(v).__name__, r(float, v))
print(float(), r(float, "1", "2"))
