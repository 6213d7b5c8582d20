"""Read a temperature sensor over I2C, with retries and a small cache."""
import struct
from machine import I2C, Pin
from micropython import const

_ADDR = const(0x48)
_REG_TEMP = const(0x00)
_REG_CONFIG = const(0x01)


class SensorError(Exception):
    pass


class TMP102:
    RESOLUTION = 0.0625

    def __init__(self, i2c, address=_ADDR, *, retries=3):
        self.i2c = i2c
        self.address = address
        self.retries = retries
        self._cache = {}
        self._buf = bytearray(2)

    def _read(self, register):
        last_error = None
        for attempt in range(self.retries):
            try:
                self.i2c.readfrom_mem_into(self.address, register, self._buf)
                return self._buf
            except OSError as exc:
                last_error = exc
                continue
        raise SensorError("no response after %d tries" % self.retries) from last_error

    @property
    def temperature(self):
        raw, = struct.unpack(">h", self._read(_REG_TEMP))
        return (raw >> 4) * self.RESOLUTION

    def configure(self, **options):
        config = 0
        for shift, key in enumerate(("shutdown", "thermostat", "polarity")):
            if options.get(key):
                config |= 1 << shift
        self.i2c.writeto_mem(self.address, _REG_CONFIG, bytes([config, 0xA0]))
        self._cache.update(options)
        return config


i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400_000)
devices = i2c.scan()
if _ADDR in devices:
    sensor = TMP102(i2c, retries=5)
    sensor.configure(thermostat=True)
    readings = [sensor.temperature for _ in range(10)]
    mean = sum(readings) / len(readings)
    spread = max(readings) - min(readings)
    print("mean {:.2f} C, spread {:.3f}".format(mean, spread))
else:
    print("sensor not found; bus has", [hex(d) for d in devices])
