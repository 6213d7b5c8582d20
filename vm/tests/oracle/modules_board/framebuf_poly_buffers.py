import framebuf, array
buf = bytearray(8 * 8 // 8)
fb = framebuf.FrameBuffer(buf, 8, 8, framebuf.MONO_HLSB)
fb.poly(0, 0, array.array('h', [0, 0, 7, 0, 7, 7]), 1, True)
print(bytes(buf))
fb.fill(0)
fb.poly(0, 0, bytes([0, 0, 7, 7, 0, 7]), 1)
print(bytes(buf))
fb.fill(0)
a = array.array('h', [9, 9, 0, 0, 7, 0, 7, 7])
fb.poly(0, 0, memoryview(a)[2:], 1, True)
print(bytes(buf))
try:
    fb.poly(0, 0, [1, 2], 1)
except TypeError as e:
    print("TypeError", e)
try:
    framebuf.FrameBuffer(b"12345678", 8, 8, framebuf.MONO_HLSB)
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(8)
fb2 = framebuf.FrameBuffer(array.array('B', ba), 8, 8, framebuf.MONO_HLSB)
fb2.fill(1)
print(bytes(fb2))
