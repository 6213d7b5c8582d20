# not in the oracle: the wasm build has no machine, dht, onewire or ds18x20; the expected output follows the firmware's drivers and the parts' datasheets
import _board_sensors as parts
import dht
import ds18x20
import onewire
from machine import Pin

# A DHT22 and a DHT11, readings set from outside; a pin with no sensor times out.
parts.dht(4, temperature=-3.4, humidity=61.25)
parts.dht(5, temperature=23.7, humidity=40.9, model=11)
d22 = dht.DHT22(Pin(4))
d22.measure()
print("dht22", round(d22.temperature(), 1), round(d22.humidity(), 1), list(d22.buf))
d11 = dht.DHT11(Pin(5))
d11.measure()
print("dht11", d11.temperature(), d11.humidity())
parts.dht(4, temperature=30.05, humidity=99.99)
d22.measure()
print("dht22 again", round(d22.temperature(), 1), round(d22.humidity(), 1))
try:
    dht.DHT22(Pin(6)).measure()
except OSError as e:
    print("no sensor", e.errno)
try:
    parts.dht_readinto(Pin(4), bytearray(4))
except ValueError as e:
    print("ValueError", e)

# Three thermometers on one bus: scan finds them in ROM search order.
bus = Pin(13)
a = parts.ds18x20(bus, 21.5, serial=0x0203)
b = parts.ds18x20(bus, -10.125, serial=0x0102)
c = parts.ds18x20(bus, 40.0, family=0x10, serial=0x77)
ow = onewire.OneWire(bus)
print("reset", ow.reset(), onewire.OneWire(Pin(14)).reset())
roms = ow.scan()
print("scan", [bytes(r).hex() for r in roms])
print("crc of roms", [ow.crc8(r) for r in roms])
ds = ds18x20.DS18X20(ow)
print("ds scan", len(ds.scan()))
# Before any conversion the scratchpad holds the power-on 85 C.
print("power-on", ds.read_temp(a))
ds.convert_temp()
for r in (a, b, c):
    print(bytes(r).hex(), ds.read_temp(r))
parts.set_temperature(a, 25.0625)
print("not converted yet", ds.read_temp(a))
ds.convert_temp()
print("converted", ds.read_temp(a))
ds.write_scratch(a, b"\x10\x05\x3f")
print("scratch", bytes(ds.read_scratch(a)).hex())
try:
    onewire.OneWire(Pin(14)).reset(True)
except onewire.OneWireError as e:
    print("OneWireError", repr(e))
try:
    ds18x20.DS18X20(onewire.OneWire(Pin(14))).convert_temp()
except onewire.OneWireError:
    print("no thermometer on 14")
