# complex == and != against complex, ints, floats and other types.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [1j, 2 + 0j, complex(2, 0), 0j, complex(float('nan'), 0)]
B = [1j, 2, 2.0, 0, 0.0, '2', None, True]
op = lambda a, b: (a == b, a != b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
