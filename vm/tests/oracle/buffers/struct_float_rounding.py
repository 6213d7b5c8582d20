# Packing floats into 'f' rounds to single precision; huge values overflow to inf.
import struct
for v in (0.1, 1 / 3, 1e-45, 1e-46, 3.4028235e38, 3.5e38, 1e300, float("nan"), -0.0, 16777217.0):
    print(repr(v), struct.unpack("<f", struct.pack("<f", v))[0], struct.pack("<f", v), struct.pack(">d", v))
