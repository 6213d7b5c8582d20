m = memoryview(b"hello")
print(len(m), m[0], bytes(m[1:3]), m.tobytes() if hasattr(m, "tobytes") else bytes(m))
ba = bytearray(b"abc")
mv = memoryview(ba)
mv[0] = 90
print(ba, bytes(mv[-2:]))
try:
    memoryview(b"x")[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
