# int() of objects with __int__ and __index__, and the errors when they lie.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class Bad:
    def __int__(self):
        return "no"
for v in (I(), X(), Bad(), object()):
    print(type(v).__name__, r(int, v))
print(r(lambda: [1, 2, 3][X()]), r(lambda: bin(X())), r(lambda: "ab" * X()))
