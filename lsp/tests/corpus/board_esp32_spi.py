# board: esp32
from machine import SPI, Pin
spi = SPI(1, baudrate=1000000, polarity=0, phase=0, sck=Pin(14), mosi=Pin(13), miso=Pin(12))
buf = bytearray(4)
spi.write_readinto(b"\x01\x02\x03\x04", buf)
cs = Pin(15, Pin.OUT, value=1)
