# Unary minus and plus, bool and hash of complex numbers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for z in (0j, 1j, -2 + 0j, complex(0, -0.0), 3 + 4j):
    print(repr(z), repr(-z), repr(+z), bool(z), hash(z) == hash(z), r(lambda: hash(z) == hash(z.real)) if not z.imag else "-")
print(hash(2 + 0j) == hash(2), {2: "a", 2 + 0j: "b"}, 1j in {1j: 0})
