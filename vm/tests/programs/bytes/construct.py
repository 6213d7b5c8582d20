# bytes / bytearray constructors, indexing, operators
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes(bytearray(b"xy")))
print(bytes("héllo", "utf-8"), bytes(range(65, 70)), bytes((x for x in [97, 98])))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray([0, 127]), bytearray("hi", "utf-8"))
b = b"hello"
print(b[0], b[-1], b[1:3], b[2:], b[:-2], len(b), b"" == bytes())
print(b + b" world", b * 2, b"el" in b, 101 in b, 120 in b)
print(b == b"hello", b < b"help", b != b"x", b == bytearray(b"hello"))
print(list(b), [c for c in b"ab"], tuple(bytearray(b"\x00\x01")))
print(repr(b"\x00\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"a\nb\\"))
print(repr(bytearray(b"q\x01")))
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    bytes([-1])
except ValueError:
    print("ValueError")
try:
    bytes("abc")
except TypeError:
    print("TypeError no encoding")
try:
    bytes(-1)
except ValueError:
    print("ValueError negative")
try:
    b[10]
except IndexError:
    print("IndexError")
ba = bytearray(b"abc")
ba[0] = 65
ba[1:2] = b"XYZ"
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([49, 50])
print(ba)
ba[0:1] = b""
print(ba)
print(bytes(ba), bytearray(ba) is ba)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
