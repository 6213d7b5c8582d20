# board: esp32
import network
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.config(pm=wlan.PM_NONE)
wlan.config(txpower=10, reconnects=3)
print(wlan.config("mac"), wlan.isconnected())
