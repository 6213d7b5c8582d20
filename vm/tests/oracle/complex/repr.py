# repr and str of complex numbers, with zeros, negatives, huge and special parts.
inf, nan = float("inf"), float("nan")
for z in (0j, -0j, 1j, -1j, 1 + 0j, complex(-0.0, -0.0), complex(1.5, -2.25), complex(1e20, 1e-20), complex(inf, nan), complex(-inf, -inf), complex(nan, 1), 3 + 4j, 0.1 + 0.2j):
    print(repr(z), str(z), z)
print([1j, 2 + 3j], (1j,), {1j: 1j})
