# board: esp32
# The esp32 module: NVS, partitions, RMT, wake sources, ULP.
import esp32
import machine
from machine import Pin

nvs = esp32.NVS("settings")
nvs.set_i32("boots", 1)
nvs.set_blob("key", b"\x00\x01")
nvs.commit()
buf = bytearray(2)
print(nvs.get_i32("boots"), nvs.get_blob("key", buf))
nvs.erase_key("key")

part = esp32.Partition(esp32.Partition.RUNNING)
print(part.info())
for p in esp32.Partition.find(esp32.Partition.TYPE_DATA):
    print(p.info()[4])
nxt = part.get_next_update()

rmt = esp32.RMT(0, pin=Pin(18), clock_div=8)
rmt.write_pulses((100, 200, 100), 1)
rmt.wait_done(timeout=100)

esp32.wake_on_ext0(pin=Pin(4), level=esp32.WAKEUP_ANY_HIGH)
esp32.wake_on_ext1(pins=(Pin(2), Pin(4)), level=esp32.WAKEUP_ALL_LOW)
esp32.wake_on_touch(True)
print(esp32.idf_heap_info(esp32.HEAP_DATA))
print(machine.wake_reason() == machine.PIN_WAKE)
print(esp32.raw_temperature())
