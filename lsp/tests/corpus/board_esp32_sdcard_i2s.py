# board: esp32
# Record from an I2S microphone onto an SD card.
import os
import vfs
from machine import I2S, SDCard, Pin

sd = SDCard(slot=2, sck=Pin(18), mosi=Pin(23), miso=Pin(19), cs=Pin(5))
vfs.mount(sd, "/sd")
mic = I2S(
    0,
    sck=Pin(32),
    ws=Pin(25),
    sd=Pin(33),
    mode=I2S.RX,
    bits=16,
    format=I2S.MONO,
    rate=16000,
    ibuf=20000,
)
buf = bytearray(4096)
with open("/sd/rec.raw", "wb") as f:
    for _ in range(10):
        n = mic.readinto(buf)
        f.write(buf[:n])
mic.deinit()
print(os.listdir("/sd"), os.stat("/sd/rec.raw")[6])
vfs.umount("/sd")
