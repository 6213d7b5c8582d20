# board: esp32
from machine import Pin
def cb(p):
    print(p.value())
btn = Pin(0, Pin.IN, Pin.PULL_UP)
btn.irq(trigger=Pin.IRQ_FALLING, handler=cb)
