# cmath functions on complex, float and int arguments (12 digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import cmath
def c(z):
    return "(%.12g%+.12gj)" % (z.real, z.imag) if isinstance(z, complex) else ("%.12g" % z if isinstance(z, float) else repr(z))
for z in (1j, 1 + 1j, -1, 0.5, 2, -2 - 3j, 1e-5j):
    print(repr(z), [c(r(getattr(cmath, n), z)) if n != "log" or z else "-" for n in ("sqrt", "exp", "log", "log10", "sin", "cos", "phase", "polar")])
print(c(cmath.rect(2, 0.5)), cmath.pi == 3.141592653589793, cmath.e)
print(r(cmath.log, 0), r(cmath.sqrt, "1"), r(cmath.phase, None))
