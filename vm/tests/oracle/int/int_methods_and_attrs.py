# What an int has on it: from_bytes, to_bytes, and no other methods.
n = 2**70
for name in ("to_bytes", "from_bytes", "bit_length", "real", "imag", "conjugate", "numerator", "denominator"):
    print(name, hasattr(n, name), hasattr(5, name))
print(int.from_bytes(b"\x05", "big"), type(int.from_bytes(b"\x05" * 20, "big")).__name__)
