print(bytes(), bytes(3), bytes([65, 66]), bytes(b"ab"), bytes("hé", "utf-8"), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"xy"), bytearray("ab", "ascii"))
for bad in ([256], [-1], ["a"], 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
