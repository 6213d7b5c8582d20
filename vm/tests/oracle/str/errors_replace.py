# str.replace refuses bad arguments with MicroPython's messages.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "a,b,c"
for a in [('a',), (1, 'b'), ('a', 2), ('a', 'b', 'c'), (b'a', 'b')]:
    print(repr(a), r(lambda: s.replace(*a)))
