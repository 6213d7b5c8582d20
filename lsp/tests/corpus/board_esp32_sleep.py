# board: esp32
import machine, esp32
from machine import Pin
esp32.wake_on_ext0(pin=Pin(4), level=esp32.WAKEUP_ALL_LOW)
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print("woke", machine.wake_reason())
machine.lightsleep(10)
