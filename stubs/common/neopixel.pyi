"""Drives WS2812 ("NeoPixel") addressable RGB and RGBW LED strips from one pin."""

from typing import Final

from machine import Pin

class NeoPixel:
    """A strip of `n` LEDs on `pin`. Set colours by index, then call `write()` to show them."""

    ORDER: Final[tuple[int, ...]]
    """Where red, green, blue (and white) go in the bytes sent to each LED: (1, 0, 2, 3) for GRB strips."""

    def __init__(self, pin: Pin, n: int, *, bpp: int = 3, timing: int | tuple[int, int, int, int] = 1) -> None:
        """Make a strip of `n` LEDs on `pin`, all off.

        `bpp` is 3 for RGB LEDs or 4 for RGBW; `timing` is 1 for 800 kHz
        parts, 0 for 400 kHz parts, or a (high0, low0, high1, low1) tuple in
        nanoseconds.
        """

    def __len__(self) -> int:
        """Return the number of LEDs."""

    def __setitem__(self, index: int, val: tuple[int, ...], /) -> None:
        """Set LED `index` to an (r, g, b) or (r, g, b, w) colour, each 0-255. Shown after `write()`."""

    def __getitem__(self, index: int, /) -> tuple[int, ...]:
        """Return the colour stored for LED `index`."""

    def fill(self, pixel: tuple[int, ...], /) -> None:
        """Set every LED to the same colour. Shown after `write()`."""

    def write(self) -> None:
        """Send the stored colours to the strip."""
