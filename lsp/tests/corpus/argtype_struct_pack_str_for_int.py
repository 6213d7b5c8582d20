import struct
print(struct.pack("<H", "1"))
