# board: esp32
import micropython
@micropython.viper
def fill(buf, n: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = 0xFF
b = bytearray(4)
fill(b, 4)
print(b)
