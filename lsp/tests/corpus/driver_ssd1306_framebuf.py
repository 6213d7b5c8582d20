# An SSD1306-style display driver over a fake I2C bus: framebuf subclass,
# const() without an import, a command table, memoryview writes.
import framebuf
from micropython import const

SET_CONTRAST = const(0x81)
SET_ENTIRE_ON = const(0xA4)
SET_NORM_INV = const(0xA6)
SET_DISP = const(0xAE)
SET_MEM_ADDR = const(0x20)
SET_COL_ADDR = const(0x21)
SET_PAGE_ADDR = const(0x22)
_PAGE_SHIFT = const(3)


class FakeI2C:
    def __init__(self):
        self.log = []

    def writeto(self, addr, buf, stop=True):
        self.log.append((addr, bytes(buf)))
        return len(buf)

    def writevto(self, addr, bufs):
        self.log.append((addr, b"".join(bytes(b) for b in bufs)))


class SSD1306(framebuf.FrameBuffer):
    def __init__(self, width, height, external_vcc):
        self.width = width
        self.height = height
        self.external_vcc = external_vcc
        self.pages = self.height >> _PAGE_SHIFT
        self.buffer = bytearray(self.pages * self.width)
        super().__init__(self.buffer, self.width, self.height, framebuf.MONO_VLSB)
        self.init_display()

    def init_display(self):
        for cmd in (
            SET_DISP,
            SET_MEM_ADDR,
            0x00,
            SET_CONTRAST,
            0xFF,
            SET_ENTIRE_ON,
            SET_NORM_INV,
            SET_DISP | 0x01,
        ):
            self.write_cmd(cmd)
        self.fill(0)
        self.show()

    def poweroff(self):
        self.write_cmd(SET_DISP)

    def contrast(self, contrast):
        self.write_cmd(SET_CONTRAST)
        self.write_cmd(contrast)

    def invert(self, invert):
        self.write_cmd(SET_NORM_INV | (invert & 1))

    def show(self):
        x0, x1 = 0, self.width - 1
        self.write_cmd(SET_COL_ADDR)
        self.write_cmd(x0)
        self.write_cmd(x1)
        self.write_cmd(SET_PAGE_ADDR)
        self.write_cmd(0)
        self.write_cmd(self.pages - 1)
        self.write_data(self.buffer)


class SSD1306_I2C(SSD1306):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.i2c = i2c
        self.addr = addr
        self.temp = bytearray(2)
        self.write_list = [b"\x40", None]
        super().__init__(width, height, external_vcc)

    def write_cmd(self, cmd):
        self.temp[0] = 0x80
        self.temp[1] = cmd
        self.i2c.writeto(self.addr, self.temp)

    def write_data(self, buf):
        self.write_list[1] = buf
        self.i2c.writevto(self.addr, self.write_list)


bus = FakeI2C()
oled = SSD1306_I2C(128, 32, bus)
oled.text("Hello", 0, 0, 1)
oled.hline(0, 10, 50, 1)
oled.rect(0, 12, 20, 10, 1)
oled.fill_rect(30, 12, 8, 8, 1)
oled.pixel(127, 31, 1)
oled.show()
print(len(bus.log), oled.pixel(127, 31), sum(oled.buffer) > 0)
