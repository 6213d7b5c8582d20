# board: esp32
from machine import Timer
def tick(t):
    print("tick")
tim = Timer(0)
tim.init(period=1000, mode=Timer.PERIODIC, callback=tick)
tim.deinit()
