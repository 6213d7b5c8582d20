# Multi-field formats round-trip through pack and unpack in both byte orders.
import struct
for f, v in [("<bhiq", (-1, -2, -3, -4)), (">BHIQ", (1, 2, 3, 4)), ("<fd", (1.5, -2.25)), ("!3B", (1, 2, 3)), ("<2h2b", (1, -1, 2, -2)), ("<bBb", (True, 7, False))]:
    p = struct.pack(f, *v)
    print(f, p, struct.unpack(f, p), struct.calcsize(f) == len(p))
