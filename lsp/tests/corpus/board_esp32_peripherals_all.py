# board: esp32
# Every common peripheral of the ESP32 port, as examples use them.
import time
import machine
from machine import ADC, DAC, PWM, SPI, UART, WDT, Pin, SoftI2C, SoftSPI, Timer, TouchPad

adc = ADC(Pin(34))
adc.atten(ADC.ATTN_11DB)
adc.width(ADC.WIDTH_12BIT)
print(adc.read(), adc.read_u16(), adc.read_uv())
adc2 = ADC(Pin(35), atten=ADC.ATTN_6DB)

dac = DAC(Pin(25))
dac.write(128)

pwm = PWM(Pin(4), freq=1000, duty_u16=32768)
pwm.freq(2000)
pwm.duty(512)
pwm.duty_ns(100_000)
pwm.deinit()

spi = SPI(1, baudrate=10_000_000, polarity=0, phase=0, sck=Pin(14), mosi=Pin(13), miso=Pin(12))
buf = bytearray(4)
spi.write(b"\x01\x02")
spi.readinto(buf, 0xFF)
spi.write_readinto(b"\x00\x00\x00\x00", buf)
spi.deinit()

soft = SoftSPI(baudrate=100_000, sck=Pin(18), mosi=Pin(23), miso=Pin(19))
softi2c = SoftI2C(scl=Pin(5), sda=Pin(4), freq=100_000)
print(softi2c.scan())

uart = UART(2, baudrate=9600, tx=17, rx=16, timeout=100)
uart.init(115200, bits=8, parity=None, stop=1)
uart.write(b"AT\r\n")
if uart.any():
    print(uart.read(), uart.readline())

touch = TouchPad(Pin(15))
touch.config(500)
print(touch.read())

tim = Timer(0)
tim.init(period=500, mode=Timer.PERIODIC, callback=lambda t: print("tick"))
tim.deinit()
tim1 = Timer(1)
tim1.init(mode=Timer.ONE_SHOT, period=100, callback=lambda t: None)

button = Pin(0, Pin.IN, Pin.PULL_UP)
button.irq(trigger=Pin.IRQ_FALLING, handler=lambda p: print("pressed", p))
out = Pin(5, Pin.OUT, drive=Pin.DRIVE_3)
out.init(Pin.OPEN_DRAIN, pull=None)

wdt = WDT(timeout=5000)
wdt.feed()
print(machine.unique_id(), machine.freq(), time.ticks_us())
machine.freq(240_000_000)
state = machine.disable_irq()
machine.enable_irq(state)
print(machine.time_pulse_us(button, 0, 10_000))
machine.lightsleep(10)
