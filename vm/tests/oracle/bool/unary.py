# Unary operators on bools give ints.
for b in (True, False):
    print(b, -b, +b, ~b, abs(b), not b, int(b), float(b), complex(b), type(-b).__name__, type(abs(b)).__name__)
