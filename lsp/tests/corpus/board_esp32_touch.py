# board: esp32
from machine import TouchPad, Pin
t = TouchPad(Pin(4))
print(t.read())
