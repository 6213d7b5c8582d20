# board: rp2
from machine import Timer
t = Timer(period=500, mode=Timer.PERIODIC, callback=lambda t: None)
t.deinit()
