# Blink an LED and read a button, the "hello world" of boards.
from machine import Pin, PWM, ADC, Timer
import time

led = Pin(2, Pin.OUT)
button = Pin(0, Pin.IN, Pin.PULL_UP)
pwm = PWM(Pin(4), freq=1000, duty=0)
adc = ADC(Pin(34))
adc.atten(ADC.ATTN_11DB)

presses = 0


def on_press(pin):
    global presses
    presses += 1


button.irq(trigger=Pin.IRQ_FALLING, handler=on_press)


def fade(pwm, steps=32, delay_ms=10):
    for i in range(steps):
        pwm.duty(int(1023 * i / (steps - 1)))
        time.sleep_ms(delay_ms)
    for i in range(steps - 1, -1, -1):
        pwm.duty(int(1023 * i / (steps - 1)))
        time.sleep_ms(delay_ms)


tick = Timer(0)
tick.init(period=500, mode=Timer.PERIODIC, callback=lambda t: led.value(not led.value()))

start = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), start) < 5000:
    reading = adc.read()
    if reading > 3000:
        fade(pwm)
    elif reading < 100:
        led.off()
    else:
        led.value(reading & 1)
    time.sleep(0.1)

tick.deinit()
print("presses:", presses)
