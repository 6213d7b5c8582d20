"""Functions and classes that drive the board's hardware."""

def freq(hz: int = ...) -> int:
    """Get or set the CPU frequency in hertz."""

def reset() -> None:
    """Reset the board, like pressing its reset button."""

class Pin:
    """A GPIO pin: read or drive a digital signal."""

    IN: int
    """Input mode."""
    OUT: int
    """Output mode."""
    PULL_UP: int
    PULL_DOWN: int
    IRQ_RISING: int

    def __init__(self, id: int, mode: int = -1, pull: int = -1, *, value: int = None) -> None:
        """Create a pin object for GPIO `id`."""

    def value(self, x: int = ...) -> int:
        """Read the pin level, or set it when `x` is given."""

    def on(self) -> None:
        """Drive the pin high."""

    def off(self) -> None:
        """Drive the pin low."""

    def irq(self, handler=None, trigger: int = 3) -> None:
        """Call `handler(pin)` on an edge."""

class Signal(Pin):
    """A pin that may be active-low."""

    def __init__(self, pin: Pin, invert: bool = False) -> None: ...

class I2C:
    """A two-wire bus."""

    def __init__(self, id: int, *, scl: Pin = None, sda: Pin = None, freq: int = 400000) -> None: ...
    def scan(self) -> list:
        """Addresses of devices that answer."""
    def readfrom(self, addr: int, nbytes: int) -> bytes: ...

class ADC:
    def __init__(self, pin: Pin) -> None: ...
    def read_u16(self) -> int: ...
