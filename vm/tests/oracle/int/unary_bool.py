# Unary -, +, ~, abs, bool and int() of bool ints.
for a in [True, False]:
    print(repr(a), -a, +a, ~a, abs(a), bool(a), int(a), not a, a == -(-a), type(-a).__name__)
