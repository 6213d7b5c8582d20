# poly (outline and filled, concave and with flat edges), blit with a
# transparent key and with a palette, FrameBuffer subclasses, and the
# constructor's argument checks.
import framebuf
from array import array


def show(fb, w, h):
    for y in range(h):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(w)))


buf = bytearray(24 * 16 // 8)
fb = framebuf.FrameBuffer(buf, 24, 16, framebuf.MONO_HLSB)
star = array("h", [0, -6, 2, -2, 7, -2, 3, 1, 5, 6, 0, 3, -5, 6, -3, 1, -7, -2, -2, -2])
fb.poly(12, 8, star, 1)
show(fb, 24, 16)
fb.fill(0)
fb.poly(12, 8, star, 1, True)
show(fb, 24, 16)
fb.fill(0)
box = array("b", [0, 0, 10, 0, 10, 5, 5, 9, 0, 5])
fb.poly(2, 2, box, 1, True)
fb.poly(14, 2, array("i", [0, 0, 8, 0, 8, 8]), 1)
fb.poly(0, 0, array("h", []), 1)
show(fb, 24, 16)

# blit with a key colour and from a tuple source
sbuf = bytearray(8)
sprite = framebuf.FrameBuffer(sbuf, 8, 8, framebuf.MONO_VLSB)
sprite.fill(1)
sprite.rect(2, 2, 4, 4, 0, True)
fb.fill(0)
fb.blit(sprite, 3, 3)
fb.blit(sprite, 14, 6, 0)
fb.blit((sbuf, 8, 8, framebuf.MONO_VLSB), -4, -4)
fb.blit(sprite, 30, 30)
show(fb, 24, 16)

# palette: mono source drawn into an RGB565 target
pal = framebuf.FrameBuffer(bytearray(4), 2, 1, framebuf.RGB565)
pal.pixel(0, 0, 0x1234)
pal.pixel(1, 0, 0xABCD)
tbuf = bytearray(4 * 4 * 2)
target = framebuf.FrameBuffer(tbuf, 4, 4, framebuf.RGB565)
target.blit(framebuf.FrameBuffer(bytearray(b"\x05\x0a\x05\x0a"), 4, 4, framebuf.MONO_VLSB), 0, 0, -1, pal)
print(list(tbuf))


class Screen(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.data = bytearray(w * h)
        super().__init__(self.data, w, h, framebuf.GS8)

    def show(self):
        return bytes(self.data)


s = Screen(4, 3)
s.fill(7)
s.pixel(1, 1, 200)
s.text("A", -6, -2, 9)
print(s.show(), s.w, s.h, isinstance(s, framebuf.FrameBuffer))
print(bytes(memoryview(s)[:5]) if hasattr(memoryview, "__init__") or True else "")

fb1 = framebuf.FrameBuffer1(bytearray(8), 8, 8)
fb1.pixel(0, 7, 1)
print(fb1.pixel(0, 7))

for args in [
    (bytearray(10), 8, 8, framebuf.MONO_VLSB),
    (bytearray(8), 8, 8, 99),
    (bytearray(100), 0, 8, framebuf.GS8),
    (bytearray(100), 8, 8, framebuf.GS8, 4),
    (b"12345678", 8, 1, framebuf.GS8),
]:
    try:
        f = framebuf.FrameBuffer(*args)
        print("ok", f.pixel(0, 0))
    except Exception as e:
        print(type(e).__name__, e)
try:
    fb.poly(0, 0, [1, 2, 3, 4], 1)
except Exception as e:
    print(type(e).__name__, e)
