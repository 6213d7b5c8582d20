# A BME280-style driver: calibration words unpacked with struct, integer
# compensation maths, a register map with const(), properties.
import struct
from micropython import const

_REG_CALIB = const(0x88)
_REG_DATA = const(0xF7)
_MODE_NORMAL = const(0x03)


class FakeBus:
    def __init__(self, regs):
        self.regs = regs

    def readfrom_mem(self, addr, reg, n):
        return bytes(self.regs.get(reg + i, 0) for i in range(n))

    def readfrom_mem_into(self, addr, reg, buf):
        for i in range(len(buf)):
            buf[i] = self.regs.get(reg + i, 0)

    def writeto_mem(self, addr, reg, data):
        for i, b in enumerate(data):
            self.regs[reg + i] = b


class BME280:
    def __init__(self, i2c, address=0x76, mode=_MODE_NORMAL):
        self._i2c = i2c
        self._address = address
        self._mode = mode
        calib = self._i2c.readfrom_mem(self._address, _REG_CALIB, 6)
        self.dig_T1, self.dig_T2, self.dig_T3 = struct.unpack("<Hhh", calib)
        self._buf = bytearray(8)
        self.t_fine = 0

    def read_raw(self):
        self._i2c.readfrom_mem_into(self._address, _REG_DATA, self._buf)
        b = self._buf
        raw_temp = ((b[3] << 16) | (b[4] << 8) | b[5]) >> 4
        return raw_temp

    def compensate(self, raw):
        var1 = ((raw >> 3) - (self.dig_T1 << 1)) * self.dig_T2 >> 11
        var2 = (((((raw >> 4) - self.dig_T1) * ((raw >> 4) - self.dig_T1)) >> 12) * self.dig_T3) >> 14
        self.t_fine = var1 + var2
        return (self.t_fine * 5 + 128) >> 8

    @property
    def temperature(self):
        return self.compensate(self.read_raw()) / 100

    @property
    def values(self):
        t = self.temperature
        return ("{:.2f}C".format(t),)


regs = {0x88 + i: v for i, v in enumerate(struct.pack("<Hhh", 27504, 26435, -1000))}
regs.update({_REG_DATA + 3: 0x7E, _REG_DATA + 4: 0xED, _REG_DATA + 5: 0x00})
sensor = BME280(FakeBus(regs))
print(sensor.values, sensor.dig_T1, sensor.t_fine != 0)
