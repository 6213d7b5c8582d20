# board: rp2
import machine
import time
from machine import ADC, Pin, PWM, I2C, UART

sensor = ADC(4)
conversion = 3.3 / 65535
reading = sensor.read_u16() * conversion
print(27 - (reading - 0.706) / 0.001721)
temp = ADC(ADC.CORE_TEMP)
pot = ADC(Pin(26))
print(pot.read_u16(), temp.read_u16())
pwm = PWM(Pin(15))
pwm.freq(1000)
pwm.duty_u16(32768)
i2c = I2C(0, sda=Pin(0), scl=Pin(1), freq=400000)
uart = UART(0, baudrate=115200, tx=Pin(16), rx=Pin(17))
uart.write("hello\n")
print(machine.freq(), machine.unique_id(), i2c.scan())
led = machine.Pin("LED", machine.Pin.OUT)
timer = machine.Timer()
timer.init(freq=2, mode=machine.Timer.PERIODIC, callback=lambda t: led.toggle())
time.sleep(1)
timer.deinit()
