# complex powers: integer, fractional, zero and negative exponents.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

def c(z):
    return "(%.12g%+.12gj)" % (z.real, z.imag) if isinstance(z, complex) else z
for a in (1j, 1 + 1j, -1 + 0j, 2 + 0j, 0j):
    print(repr(a), [c(r(lambda: a ** b)) for b in (0, 1, 2, 3, -1, 0.5, 1j, 0j)])
