# repr of bytes and bytearray escapes every non-printable byte.
for v in (b"", b"'", b'"', b"'\"", b"\\", b"\n\r\t", bytes(range(0, 256, 15)), b"\x7f\x80", bytearray(b"x'y")):
    print(repr(v), str(v))
