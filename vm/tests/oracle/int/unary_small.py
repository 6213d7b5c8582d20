# Unary -, +, ~, abs, bool and int() of small ints.
for a in [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]:
    print(repr(a), -a, +a, ~a, abs(a), bool(a), int(a), not a, a == -(-a), type(-a).__name__)
