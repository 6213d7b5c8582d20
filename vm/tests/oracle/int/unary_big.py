# Unary -, +, ~, abs, bool and int() of big ints.
for a in [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]:
    print(repr(a), -a, +a, ~a, abs(a), bool(a), int(a), not a, a == -(-a), type(-a).__name__)
