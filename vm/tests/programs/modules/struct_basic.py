import struct

print(struct.calcsize("<hhl"), struct.calcsize(">BHI"), struct.calcsize("<qQd"), struct.calcsize("<3s2xf"))
print(struct.calcsize("<i"), struct.calcsize(">Q"), struct.calcsize("!h"))
b = struct.pack("<hHiIqQ", -2, 65535, -100000, 4000000000, -5, 2**64 - 1)
print(b)
print(struct.unpack("<hHiIqQ", b))
print(struct.pack(">fd", 1.5, -2.25), struct.unpack(">fd", struct.pack(">fd", 1.5, -2.25)))
print(struct.pack("<5s", b"hi"), struct.unpack("<2s", b"ab"))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0x1234, 0xABCD)
print(buf, struct.unpack_from("<H", buf, 4), struct.unpack_from("<BB", buf))
print(struct.pack("!I", 1), struct.pack(">b", -1), struct.pack("<3B", 1, 2, 3))
print(struct.unpack("<e", struct.pack("<e", 0.5)), struct.pack("<e", -2.0))
print(struct.unpack(">i", b"\xff\xff\xff\xfe"), struct.unpack("<I", b"\xff\xff\xff\xff"))
for fmt in ["<b", "<H", ">q"]:
    print(fmt, struct.unpack(fmt, struct.pack(fmt, 7)))
