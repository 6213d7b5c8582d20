# board: rp2
from machine import I2C, Pin
i2c = I2C(0, scl=Pin(9), sda=Pin(8))
print(i2c.scan())
