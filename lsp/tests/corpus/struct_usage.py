import struct
data = struct.pack("<HI", 1, 2)
print(struct.unpack("<HI", data), struct.calcsize("<HI"))
