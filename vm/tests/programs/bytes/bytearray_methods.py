# bytearray shares the bytes methods; results are bytearrays
ba = bytearray(b"hello world")
print(ba.find(b"o"), ba.rfind(b"o"), ba.count(b"l"), ba.index(b"w"), ba.startswith(b"he"), ba.endswith(b"d"))
print(ba.split(), ba.split(b"o", 1), ba.replace(b"l", b"L"), ba.upper(), ba.strip(b"hd"))
print(ba.partition(b" "), bytearray(b",").join([b"a", bytearray(b"b")]))
print(ba.find(bytearray(b"wor")), b"hello".find(bytearray(b"l")), ba.decode(), ba.hex())
print(ba.lower(), ba.isalpha(), bytearray(b"  ").isspace(), ba.center(15))
x = bytearray()
for i in range(5):
    x.append(65 + i)
x.extend(bytearray(b"xy"))
x.extend(range(48, 51))
print(x, len(x), x[0], x[-1], x[1:3], bytes(x[1:4]))
x[0:2] = b""
print(x)
x += b"!"
print(x, x + b"?", b"?" + x)
print(x == b"CDExy012!", bytearray(b"a") < bytearray(b"b"), bytearray(3) == bytes(3))
y = bytearray(b"abc")
z = y
z[0] = 120
print(y, y is z, bytearray(y) is y)
