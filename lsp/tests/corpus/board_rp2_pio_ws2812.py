# board: rp2
# WS2812 LEDs driven by a PIO program with side-set, fed from an array.
import array
import time
import rp2
from machine import Pin

NUM_LEDS = 8


@rp2.asm_pio(sideset_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_LEFT, autopull=True, pull_thresh=24)
def ws2812():
    T1 = 2
    T2 = 5
    T3 = 3
    wrap_target()
    label("bitloop")
    out(x, 1)               .side(0)    [T3 - 1]
    jmp(not_x, "do_zero")   .side(1)    [T1 - 1]
    jmp("bitloop")          .side(1)    [T2 - 1]
    label("do_zero")
    nop()                   .side(0)    [T2 - 1]
    wrap()


sm = rp2.StateMachine(0, ws2812, freq=8_000_000, sideset_base=Pin(22))
sm.active(1)
ar = array.array("I", [0 for _ in range(NUM_LEDS)])


def show(brightness=0.2):
    dimmer = array.array("I", [0 for _ in range(NUM_LEDS)])
    for i, c in enumerate(ar):
        r = int(((c >> 8) & 0xFF) * brightness)
        g = int(((c >> 16) & 0xFF) * brightness)
        b = int((c & 0xFF) * brightness)
        dimmer[i] = (g << 16) + (r << 8) + b
    sm.put(dimmer, 8)
    time.sleep_ms(10)


for i in range(NUM_LEDS):
    ar[i] = (255 << 16) | (i * 30)
show()
print(rp2.bootsel_button())
led = Pin("LED", Pin.OUT)
led.toggle()
