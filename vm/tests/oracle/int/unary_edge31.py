# Unary -, +, ~, abs, bool and int() of edge31 ints.
for a in [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]:
    print(repr(a), -a, +a, ~a, abs(a), bool(a), int(a), not a, a == -(-a), type(-a).__name__)
