# board: esp32
# A weather station: Wi-Fi, I2C sensor, NTP time, MQTT-style JSON reports,
# deep sleep between readings.
import json
import time

import esp32
import machine
import network
from machine import I2C, Pin, RTC
from micropython import const

_SSID = "lab"
_PASSWORD = "secret"
_SLEEP_MS = const(60_000)

led = Pin(2, Pin.OUT, value=0)
i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400_000)


def connect(timeout_ms=10_000):
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if not wlan.isconnected():
        wlan.connect(_SSID, _PASSWORD)
        start = time.ticks_ms()
        while not wlan.isconnected():
            if time.ticks_diff(time.ticks_ms(), start) > timeout_ms:
                return None
            led.value(not led.value())
            time.sleep_ms(100)
    led.off()
    return wlan.ifconfig()[0]


def read_sensor(addr=0x76):
    if addr not in i2c.scan():
        return None
    data = i2c.readfrom_mem(addr, 0xF7, 8)
    return {"raw": list(data)}


def report():
    ip = connect()
    reading = read_sensor()
    stamp = RTC().datetime()
    doc = {"ip": ip, "reading": reading, "time": stamp, "reset": machine.reset_cause()}
    print(json.dumps(doc))
    print("cpu", machine.freq(), "temp", esp32.raw_temperature())


if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    print("woke from deep sleep")
report()
machine.deepsleep(_SLEEP_MS)
