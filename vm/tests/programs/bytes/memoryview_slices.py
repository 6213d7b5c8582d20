# memoryview slices are views: writes through them reach the bytearray
ba = bytearray(b"0123456789")
m = memoryview(ba)
s = m[2:6]
print(len(s), bytes(s), s[0], s[-1])
s[0] = 65
s[1:3] = b"BC"
print(ba)
t = s[1:]
t[0] = 122
print(ba, bytes(t), len(t))
ba[9] = 33
print(bytes(m[8:]), m[9])
r = memoryview(b"abcdef")[1:4]
print(bytes(r), len(r), list(r), bytes(r))
print(bytes(m[-3:]), bytes(m[:0]), len(m[5:2]))
print(bytes(memoryview(ba)[2:8][1:3]))
