# str.center refuses bad arguments with MicroPython's messages.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "a,b,c"
for a in [('5',), (5, 'ab'), (5, 1), ()]:
    print(repr(a), r(lambda: s.center(*a)))
