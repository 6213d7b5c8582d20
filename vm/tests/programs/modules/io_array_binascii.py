import io
import array
import binascii

s = io.StringIO("line one\nline two\nlast")
print(repr(s.readline()), repr(s.read(4)), repr(s.read()))
s.seek(0)
print([line for line in s])
out = io.StringIO()
out.write("abc")
out.write("déf")
print(out.getvalue())
b = io.BytesIO(b"\x00\x01\x02")
print(b.read(1), b.read(), b.read())
b.seek(1)
b.write(b"xyz")
print(b.getvalue())
with io.BytesIO() as w:
    w.write(b"hello")
    print(w.getvalue())

a = array.array("h", [1, -2, 3])
a.append(7)
a.extend([8, 9])
print(a, len(a), a[1], a[-1], list(a), a[1:3])
a[0] = 100
print(a[0], sum(a))
c = a + array.array("h", [5])
a += array.array("h", [6])
print(c, a, len(c))
f = array.array("f", [1.5, 2.5])
print(f, f[1])
B = array.array("B", b"\x01\x02")
print(B, list(B))
print(array.array("i"))

print(binascii.hexlify(b"\x00\xff\x10"), binascii.unhexlify(b"00ff10"))
print(binascii.b2a_base64(b""), binascii.b2a_base64(b"a"), binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"abc"))
print(binascii.a2b_base64(b"YQ=="), binascii.a2b_base64("YWI="), binascii.a2b_base64("YWJj"))
print(binascii.crc32(b""), binascii.crc32(b"The quick brown fox"), binascii.crc32(b"b", binascii.crc32(b"a")))
