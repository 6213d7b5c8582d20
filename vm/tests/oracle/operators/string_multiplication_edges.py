print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "x", "" * 100, repr("-" * 5))
print(b"ab" * 2, (1, 2) * 2, [None] * 3)
try:
    print(bytearray(b"x") * 3)
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
