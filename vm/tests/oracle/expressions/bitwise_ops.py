for a, b in ((12, 10), (-12, 10), (255, -1), (0, 0), (1 << 40, (1 << 40) - 1)):
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError", e)
