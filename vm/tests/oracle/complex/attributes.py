# real, imag and conjugate-free MicroPython complex numbers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

z = complex(3, -4)
print(z.real, z.imag, type(z.real).__name__, (1j).real, (5 + 0j).imag, abs(z), abs(-1j), abs(complex(float("inf"), 1)))
print(hasattr(z, "conjugate"), r(lambda: z.conjugate()), r(setattr, z, "real", 1))
