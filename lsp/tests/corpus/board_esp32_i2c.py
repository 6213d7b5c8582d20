# board: esp32
from machine import I2C, SoftI2C, Pin
i2c = I2C(0, scl=Pin(18), sda=Pin(19), freq=400000)
print(i2c.scan())
s = SoftI2C(scl=Pin(22), sda=Pin(21))
buf = bytearray(2)
s.readfrom_into(0x40, buf)
i2c.writeto_mem(0x40, 0x01, b"\x00")
