# board: esp32
from machine import PWM, Pin
pwm = PWM(Pin(5), freq=1000, duty_u16=32768)
pwm.duty(512)
pwm.freq(2000)
pwm.deinit()
