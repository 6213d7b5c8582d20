"""APA106 RGB LEDs: NeoPixels whose colours come in red-green-blue order."""

from neopixel import NeoPixel

class APA106(NeoPixel):
    """A strip of APA106 LEDs (like `neopixel.NeoPixel`, with its `ORDER` set to red-green-blue)."""
