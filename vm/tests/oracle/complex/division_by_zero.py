# complex division by zero in every form.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in (1j, 0j, 1 + 1j):
    print(repr(a), [r(lambda: a / b) for b in (0, 0.0, 0j, complex(0, -0.0))], r(lambda: 1 / 0j), r(lambda: 0j ** -1), r(lambda: 0j ** 1j))
