# Every drawing call in every pixel format, printed as the buffer's bytes
# so a single differing pixel shows.
import framebuf

FORMATS = [
    ("MONO_VLSB", framebuf.MONO_VLSB),
    ("MONO_HLSB", framebuf.MONO_HLSB),
    ("MONO_HMSB", framebuf.MONO_HMSB),
    ("GS2_HMSB", framebuf.GS2_HMSB),
    ("GS4_HMSB", framebuf.GS4_HMSB),
    ("GS8", framebuf.GS8),
    ("RGB565", framebuf.RGB565),
]


def size(fmt, w, h):
    bits = {framebuf.GS2_HMSB: 2, framebuf.GS4_HMSB: 4, framebuf.GS8: 8, framebuf.RGB565: 16}.get(fmt, 1)
    if fmt == framebuf.MONO_VLSB:
        return w * ((h + 7) // 8)
    return (w * bits + 7) // 8 * h + 8


def digest(buf):
    s = 0
    for i, b in enumerate(buf):
        s = (s * 31 + b * (i + 1)) & 0xFFFFFFFF
    return s


for name, fmt in FORMATS:
    w, h = 21, 13
    buf = bytearray(size(fmt, w, h))
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    col = 0x3 if fmt == framebuf.GS2_HMSB else (0xA if fmt == framebuf.GS4_HMSB else 0xB5)
    if fmt in (framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB):
        col = 1
    if fmt == framebuf.RGB565:
        col = 0xF81F
    fb.fill(0)
    fb.pixel(3, 4, col)
    print(name, "pixel", fb.pixel(3, 4), fb.pixel(0, 0), fb.pixel(-1, 0), fb.pixel(w, h))
    fb.hline(-3, 1, 30, col)
    fb.vline(5, -2, 40, col)
    fb.rect(2, 2, 8, 6, col)
    fb.rect(12, 3, 5, 4, col, True)
    print(name, "lines", digest(buf))
    fb.fill(0)
    fb.line(0, 0, 20, 12, col)
    fb.line(20, 0, 0, 12, col)
    fb.line(3, 11, 3, 1, col)
    fb.line(-5, 6, 30, 7, col)
    print(name, "line", digest(buf))
    fb.fill(0)
    fb.ellipse(10, 6, 8, 5, col)
    fb.ellipse(10, 6, 3, 3, col, True)
    fb.ellipse(2, 2, 4, 6, col, True, 0b0101)
    fb.ellipse(18, 10, 0, 0, col)
    print(name, "ellipse", digest(buf))
    fb.fill(0)
    fb.text("Hi!", 0, 0, col)
    fb.text("gj~", 5, 6, col)
    fb.text("\xe9", -3, 8, col)
    print(name, "text", digest(buf))
    fb.scroll(2, 1)
    print(name, "scroll+", digest(buf))
    fb.scroll(-3, -2)
    print(name, "scroll-", digest(buf))
    fb.fill(col)
    fb.fill_rect(-2, -2, 5, 5, 0)
    fb.fill_rect(18, 10, 10, 10, 0)
    print(name, "fill_rect", digest(buf))
