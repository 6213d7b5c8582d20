"""Programs a student writes for an ESP32, type-checked against the esp32 stubs."""

import asyncio
import binascii
import collections
import errno
import gc
import hashlib
import json
import math
import os
import random
import re
import struct
import sys
import time
from array import array

import esp32
import machine
import micropython
import network
import neopixel
import ubinascii
import ujson
import utime
from machine import ADC, I2C, PWM, RTC, SPI, UART, WDT, Pin, Signal, SoftI2C, Timer
from micropython import const

LED_PIN = const(2)

# Blink the on-board LED.
led = Pin(LED_PIN, Pin.OUT)
for _ in range(3):
    led.value(not led.value())
    led.toggle()
    led(1)
    led.off()
    time.sleep(1)
button = Pin(0, Pin.IN, Pin.PULL_UP)
state: int = button()
relay = Signal(Pin(4, Pin.OUT), invert=True)
relay.on()
held = Pin(5, Pin.OUT, value=1, drive=Pin.DRIVE_3, hold=True)


def on_press(pin: Pin) -> None:
    print("pressed", pin.value())


irq = button.irq(handler=on_press, trigger=Pin.IRQ_FALLING)
irq.trigger()

# Fade an LED with PWM.
pwm = PWM(Pin(15), freq=5000, duty_u16=0)
for duty in range(0, 65536, 4096):
    pwm.duty_u16(duty)
    time.sleep_ms(20)
pwm.duty(512)
pwm.duty_ns(250_000)
print(pwm.freq(), pwm.duty(), pwm.duty_u16(), pwm.duty_ns())
pwm.deinit()
Pin("LED")  # pyright: ignore[reportArgumentType]

# Scan an I2C bus and read a register.
i2c = I2C(0, scl=Pin(18), sda=Pin(19), freq=400_000)
for addr in i2c.scan():
    print(hex(addr))
try:
    who: bytes = i2c.readfrom_mem(0x68, 0x75, 1)
    i2c.writeto_mem(0x68, 0x6B, b"\x00")
    raw = bytearray(6)
    i2c.readfrom_mem_into(0x68, 0x3B, raw)
    ax, ay, az = struct.unpack(">hhh", raw)
    i2c.writeto(0x3C, b"\x00\xaf")
    i2c.readfrom_into(0x3C, raw)
except OSError as exc:
    if exc.errno == errno.ENODEV:
        print("no device")
soft = SoftI2C(scl=Pin(22), sda=Pin(21))
soft.start()
soft.write(b"\x10")
soft.stop()

# Read an analog input.
adc = ADC(Pin(34), atten=ADC.ATTN_11DB)
adc.width(ADC.WIDTH_12BIT)
adc.atten(ADC.ATTN_6DB)
volts = adc.read_uv() / 1_000_000
print(adc.read(), adc.read_u16(), volts)

# SPI and UART.
spi = SPI(1, baudrate=10_000_000, polarity=0, phase=0, sck=Pin(14), mosi=Pin(13), miso=Pin(12))
rx = bytearray(4)
spi.write_readinto(b"\x9f\x00\x00\x00", rx)
uart = UART(1, baudrate=9600, tx=Pin(33), rx=Pin(32))
uart.write("hello\n")
if uart.any():
    line = uart.readline()
    print(line)

# Timers, RTC, watchdog.
def tick(t: Timer) -> None:
    print("tick")


tim = Timer(0)
tim.init(period=1000, mode=Timer.PERIODIC, callback=tick)
Timer(1, mode=Timer.ONE_SHOT, period=500, callback=lambda t: print("once"))
rtc = RTC()
rtc.datetime((2024, 1, 2, 0, 12, 0, 0, 0))
year, month, day, weekday, hours, minutes, seconds, subseconds = rtc.datetime()
wdt = WDT(timeout=5000)
wdt.feed()

# Board control.
print(machine.freq(), binascii.hexlify(machine.unique_id()))
machine.freq(240_000_000)
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print("woke")
irq_state = machine.disable_irq()
machine.enable_irq(irq_state)
width = machine.time_pulse_us(button, 0, 10_000)
machine.bitstream(Pin(16, Pin.OUT), 0, (400, 850, 800, 450), b"\xff\x00\x00")
print(esp32.raw_temperature())
esp32.wake_on_ext0(pin=button, level=esp32.WAKEUP_ALL_LOW)
nvs = esp32.NVS("settings")
nvs.set_i32("boots", 1)
nvs.commit()

# NeoPixels.
np = neopixel.NeoPixel(Pin(13), 8)
np[0] = (255, 0, 0)
np.fill((0, 0, 32))
np.write()
r, g, b = np[0]
print(len(np), r, g, b)

# Wi-Fi.
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
for ssid, bssid, channel, rssi, security, hidden in wlan.scan():
    print(ssid.decode(), rssi)
wlan.connect("lab", "secret")
deadline = time.ticks_add(time.ticks_ms(), 10_000)
while not wlan.isconnected() and time.ticks_diff(deadline, time.ticks_ms()) > 0:
    machine.idle()
ip, mask, gateway, dns = wlan.ifconfig()
print(ip, wlan.status() == network.STAT_GOT_IP, wlan.config("mac"))
wlan.config(reconnects=3, txpower=8.5)
ap = network.WLAN(network.AP_IF)
ap.config(ssid="ESP-AP", max_clients=4)


# asyncio tasks.
async def blink(pin: Pin, period_ms: int) -> int:
    for _ in range(10):
        pin.toggle()
        await asyncio.sleep_ms(period_ms)
    return period_ms


async def main() -> None:
    event = asyncio.Event()
    lock = asyncio.Lock()
    fast = asyncio.create_task(blink(led, 100))
    results = await asyncio.gather(fast, blink(Pin(4, Pin.OUT), 250))
    async with lock:
        event.set()
    await event.wait()
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.5)
    except asyncio.TimeoutError:
        print("timed out", results)
    reader = asyncio.StreamReader(uart)
    data = await reader.readline()
    print(data)


asyncio.run(main())

# The standard library as MicroPython has it.
gc.collect()
print(gc.mem_free(), gc.mem_alloc(), micropython.mem_info())
print(os.uname().machine, os.listdir("/"), os.statvfs("/")[0], sys.platform, sys.implementation.name)
with open("data.json", "w") as f:
    f.write(json.dumps({"a": [1, 2]}, separators=(",", ":")))
with open("data.json") as f:
    cfg = json.loads(f.read())
m = re.match(r"(\d+)-(\d+)", "12-34")
if m is not None:
    print(m.group(1), m.groups())
h = hashlib.sha256(b"abc")
print(ubinascii.hexlify(h.digest()), ujson.dumps(1), utime.ticks_ms())
q: collections.deque[int] = collections.deque((), 10)
q.append(1)
Point = collections.namedtuple("Point", "x y")
samples = array("h", [1, 2, 3])
samples.append(4)
print(math.sqrt(2), random.randint(1, 6), random.choice([1, 2]), struct.calcsize("<hI"))
try:
    sys.exit(0)
except SystemExit as exc:
    sys.print_exception(exc)

# Code behind a platform check is still type-checked ("pythonPlatform": "All").
if sys.platform == "esp32":
    print("ESP32 at", esp32.raw_temperature(), "F")
