# board: esp32
import network
wlan = network.WLAN(network.WLAN.IF_STA)
wlan.config(protocol=network.MODE_11B | network.MODE_11G | network.MODE_11N)
