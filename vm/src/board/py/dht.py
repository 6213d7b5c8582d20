# DHT11 and DHT22 temperature/humidity sensors on one pin, as the firmware's
# driver reads them: measure() fetches five bytes (the last a checksum).
from _board_sensors import dht_readinto as _readinto


class DHTBase:
    def __init__(self, pin):
        self.pin = pin
        self.buf = bytearray(5)

    def measure(self):
        b = self.buf
        _readinto(self.pin, b)
        if (b[0] + b[1] + b[2] + b[3]) & 0xFF != b[4]:
            raise Exception("checksum error")


class DHT11(DHTBase):
    def humidity(self):
        return self.buf[0]

    def temperature(self):
        return self.buf[2]


class DHT22(DHTBase):
    def humidity(self):
        return (self.buf[0] << 8 | self.buf[1]) * 0.1

    def temperature(self):
        b = self.buf
        t = ((b[2] & 0x7F) << 8 | b[3]) * 0.1
        return -t if b[2] & 0x80 else t
