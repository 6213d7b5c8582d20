s = "abcdef"
print(s[1:4], s[::-1], s[::2])
b = bytearray(b"1234")
b[1:3] = b"xy"
print(b)
