# board: rp2
from machine import Pin
led = Pin("LED", Pin.OUT)
led.toggle()
