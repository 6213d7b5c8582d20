# repr and str of powers of ten.
for x in [float('1e%d' % k) for k in range(-25, 26, 3)]:
    print(repr(x), str(x), x)
print([float('1e%d' % k) for k in range(-25, 26, 3)])
