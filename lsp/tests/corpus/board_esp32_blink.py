# board: esp32
from machine import Pin
import time
led = Pin(2, Pin.OUT)
for _ in range(3):
    led.value(not led.value())
    time.sleep_ms(100)
