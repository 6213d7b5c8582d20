print([chr(i) for i in (48, 65, 97, 32, 126)], [ord(c) for c in "0Aa ~"])
print(ord("é"), chr(233), ord("€"), chr(8364), len(chr(0x1F600)))
print(ord(b"A"))
try:
    print(ord(bytearray(b"z")))
except TypeError as e:
    print("TypeError", e)
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("", "ab", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
