# board: esp32
from machine import RTC
rtc = RTC()
rtc.datetime((2024, 1, 1, 0, 0, 0, 0, 0))
print(rtc.datetime())
