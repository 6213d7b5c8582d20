s = "Hi é € 😀"
codes = [ord(c) for c in s]
print(codes)
print("".join(chr(c) for c in codes) == s)
print([chr(c) for c in range(65, 71)], chr(0), repr(chr(127)), repr(chr(160)))
