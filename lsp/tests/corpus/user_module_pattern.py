class Sensor:
    def __init__(self, i2c=None, addr=0x40):
        self.i2c = i2c
        self.addr = addr
    def read(self):
        if self.i2c is None:
            return 0
        return self.i2c.readfrom(self.addr, 2)
print(Sensor().read())
