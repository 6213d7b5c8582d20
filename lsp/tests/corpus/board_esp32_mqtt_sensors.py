# board: esp32
# MQTT telemetry from a DHT22 and DS18B20 probes, with NTP time.
import time
import dht
import ds18x20
import onewire
import ntptime
import network
from machine import Pin, reset
from umqtt.simple import MQTTClient

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect("ssid", "password")
for _ in range(20):
    if sta.isconnected():
        break
    time.sleep(0.5)
try:
    ntptime.settime()
except OSError:
    pass

d = dht.DHT22(Pin(4))
ow = onewire.OneWire(Pin(15))
ds = ds18x20.DS18X20(ow)
roms = ds.scan()
client = MQTTClient("esp32-probe", "broker.local", port=1883, keepalive=60)


def on_message(topic, msg):
    if msg == b"reset":
        reset()


client.set_callback(on_message)
client.connect()
client.subscribe(b"probe/cmd")
for _ in range(3):
    d.measure()
    ds.convert_temp()
    time.sleep_ms(750)
    temps = [ds.read_temp(rom) for rom in roms]
    payload = "{},{},{}".format(d.temperature(), d.humidity(), temps)
    client.publish(b"probe/data", payload.encode())
    client.check_msg()
    time.sleep(5)
client.disconnect()
print(time.localtime(), time.time())
