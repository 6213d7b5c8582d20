# Floats inside lists, tuples, dicts and sets print with repr.
print([0.1, -0.0, 1e100], (1.5,), {2.5: 0.25}, {1e-5})
print(str([float("nan"), float("inf")]), repr((1.0, 2.0)))
