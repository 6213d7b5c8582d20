# board: esp32
# A NeoPixel strip animated from a second thread, with a lock.
import _thread
import time
import neopixel
from machine import Pin

N = 16
np = neopixel.NeoPixel(Pin(5), N)
lock = _thread.allocate_lock()
running = True
colour = [(255, 0, 0)]


def wheel(pos):
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)


def animate():
    step = 0
    while running:
        with lock:
            for i in range(N):
                np[i] = wheel((i * 256 // N + step) & 255)
            np.write()
        step = (step + 1) % 256
        time.sleep_ms(20)


_thread.start_new_thread(animate, ())
time.sleep(1)
with lock:
    np.fill((0, 0, 0))
    np.write()
running = False
print(np[0], len(np), np.n if hasattr(np, "n") else N)
