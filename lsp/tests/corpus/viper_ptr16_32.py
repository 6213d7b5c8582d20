# board: rp2
@micropython.viper
def total(buf) -> int:
    p = ptr32(buf)
    q = ptr16(buf)
    s = int(p[0]) + int(q[0])
    return s
print(total(bytearray(8)))
