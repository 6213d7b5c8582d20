# What a float has on it in MicroPython.
x = 2.5
for name in ("real", "imag", "is_integer", "hex", "fromhex", "as_integer_ratio", "conjugate"):
    print(name, hasattr(x, name), hasattr(float, name))
print(type(x).__name__, float.__name__, isinstance(x, float), isinstance(1, float), isinstance(True, float))
