# Unary -, +, ~, abs, bool and int() of edge63 ints.
for a in [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]:
    print(repr(a), -a, +a, ~a, abs(a), bool(a), int(a), not a, a == -(-a), type(-a).__name__)
