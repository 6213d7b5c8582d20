print(b"\x00\xff", rb"\n", B"a")
print(bytes([1, 2]).hex())
