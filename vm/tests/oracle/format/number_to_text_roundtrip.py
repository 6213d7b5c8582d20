# Numbers formatted to text and read back are the same numbers.
for v in (0.1, 1 / 3, 1e-300, 1.7976931348623157e308, 123456.789, 2.0**-1074):
    print(float(repr(v)) == v, float("%.17g" % v) == v, float("{:.17e}".format(v)) == v, float(str(v)) == v)
for n in (0, -1, 2**63, -(10**30)):
    print(int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int("{:o}".format(n), 8) == n)
