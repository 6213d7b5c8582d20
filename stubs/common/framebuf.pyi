"""Frame buffers: draw pixels, lines, shapes and text into a bytes buffer in a display's pixel format."""

from typing import Any, Final

from array import array

MONO_VLSB: Final[int] = 0
"""1 bit per pixel, each byte a column of 8 pixels, least significant bit at the top."""
MVLSB: Final[int] = 0
"""The old name of `MONO_VLSB`."""
RGB565: Final[int] = 1
"""16 bits per pixel, 5 red, 6 green, 5 blue."""
GS2_HMSB: Final[int] = 5
"""2-bit greyscale, 4 pixels per byte."""
GS4_HMSB: Final[int] = 2
"""4-bit greyscale, 2 pixels per byte."""
GS8: Final[int] = 6
"""8-bit greyscale, a byte per pixel."""
MONO_HLSB: Final[int] = 3
"""1 bit per pixel, each byte 8 pixels in a row, most significant bit at the left."""
MONO_HMSB: Final[int] = 4
"""1 bit per pixel, each byte 8 pixels in a row, least significant bit at the left."""

class FrameBuffer:
    """A `width` x `height` picture in `buffer`, drawn in `format`; `stride` is the row length in pixels."""

    def __init__(self, buffer: bytearray | memoryview | array[int], width: int, height: int, format: int, stride: int = ..., /) -> None:
        """Draw into `buffer`, which must be writable and large enough for the format."""

    def fill(self, c: int, /) -> None:
        """Set every pixel to colour `c`."""

    def pixel(self, x: int, y: int, c: int = ..., /) -> int | None:
        """Without `c`, the colour at (x, y) (None outside); with `c`, set it."""

    def hline(self, x: int, y: int, w: int, c: int, /) -> None:
        """A horizontal line `w` pixels long."""

    def vline(self, x: int, y: int, h: int, c: int, /) -> None:
        """A vertical line `h` pixels long."""

    def line(self, x1: int, y1: int, x2: int, y2: int, c: int, /) -> None:
        """A line from (x1, y1) to (x2, y2), both ends included."""

    def rect(self, x: int, y: int, w: int, h: int, c: int, f: bool = False, /) -> None:
        """A rectangle outline, or filled when `f` is true."""

    def fill_rect(self, x: int, y: int, w: int, h: int, c: int, /) -> None:
        """A filled rectangle."""

    def ellipse(self, x: int, y: int, xr: int, yr: int, c: int, f: bool = False, m: int = 15, /) -> None:
        """An ellipse centred on (x, y) with radii `xr` and `yr`; `f` fills it, `m` picks quadrants (bit 0 top right, counter-clockwise)."""

    def poly(self, x: int, y: int, coords: array[int] | bytes | bytearray, c: int, f: bool = False, /) -> None:
        """A polygon from (x0, y0, x1, y1, ...) in `coords`, offset by (x, y); `f` fills it."""

    def text(self, s: str, x: int, y: int, c: int = 1, /) -> None:
        """Text in the built-in 8x8 font, top left at (x, y)."""

    def scroll(self, xstep: int, ystep: int, /) -> None:
        """Shift the picture by (xstep, ystep); the uncovered edge keeps its old pixels."""

    def blit(self, fbuf: "FrameBuffer | tuple[Any, ...]", x: int, y: int, key: int = -1, palette: "FrameBuffer | None" = None, /) -> None:
        """Draw `fbuf` with its top left at (x, y), skipping colour `key`, mapping colours through `palette`."""

def FrameBuffer1(buffer: bytearray | memoryview | array[int], width: int, height: int, stride: int = ..., /) -> FrameBuffer:
    """A MONO_VLSB FrameBuffer (the old constructor)."""
