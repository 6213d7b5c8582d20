# board: esp32
from machine import WDT
w = WDT(timeout=5000)
w.feed()
