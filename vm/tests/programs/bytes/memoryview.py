# memoryview over bytes and bytearray
m = memoryview(b"hello")
print(len(m), m[0], m[-1], bytes(m[1:3]), bytes(m), bytes(m))
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
print(ba, v[0], len(v))
v[1:3] = b"XY"
print(ba)
print(bytes(v), list(memoryview(b"\x01\x02")))
w = memoryview(v)
w[5] = 33
print(ba)
try:
    m[0] = 1
except TypeError:
    print("TypeError readonly")
print(bytes(memoryview(b"abc")[1:]))
