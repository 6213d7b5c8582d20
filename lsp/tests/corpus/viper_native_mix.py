# board: esp32
# Viper and native code emitters as drivers use them.
import micropython
import array


@micropython.viper
def checksum(buf: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s += buf[i]
    return s & 0xFF


@micropython.viper
def fill32(dst: ptr32, n: int, v: uint):
    for i in range(n):
        dst[i] = v


@micropython.viper
def swap16(p: ptr16, n: int):
    for i in range(n):
        x = p[i]
        p[i] = ((x & 0xFF) << 8) | (x >> 8)


@micropython.viper
def addr_of(b) -> int:
    p = ptr8(b)
    return int(p)


@micropython.native
def scale(values, k):
    return [v * k for v in values]


@micropython.viper
def bits(x: int) -> int:
    c = 0
    while x:
        c += x & 1
        x = int(uint(x) >> 1)
    return c


data = bytearray(range(16))
print(checksum(data, len(data)))
words = array.array("I", [0] * 4)
fill32(words, 4, 0xDEADBEEF)
halves = array.array("H", [0x1234, 0xABCD])
swap16(halves, 2)
print(list(words), [hex(h) for h in halves], scale([1, 2], 3), bits(255))
