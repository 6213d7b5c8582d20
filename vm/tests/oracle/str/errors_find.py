# str.find refuses bad arguments with MicroPython's messages.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "a,b,c"
for a in [(1,), (None,), (b'a',), (), ('a', 'b'), ('a', 1.5)]:
    print(repr(a), r(lambda: s.find(*a)))
