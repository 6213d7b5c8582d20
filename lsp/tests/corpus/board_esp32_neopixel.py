# board: esp32
import neopixel
from machine import Pin
np = neopixel.NeoPixel(Pin(5), 8)
np[0] = (255, 0, 0)
np.fill((0, 0, 0))
np.write()
