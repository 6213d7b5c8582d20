# Floats compare with big ints exactly, not through a rounded conversion.
for n in (2**53, 2**53 + 1, 2**64, 2**64 + 1, 10**22, 10**23, -(2**63) - 1, 2**1024, -(2**1024)):
    f = float(n) if abs(n) < 2**1024 else float("inf") if n > 0 else float("-inf")
    print(n == f, n < f, n > f, f == n, f < n, f > n, n <= f, n >= f)
