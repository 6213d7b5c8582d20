"""Hardware access for the RP2040 (Raspberry Pi Pico): pins, buses, timers, power and reset.

Pin numbers are GPIO numbers 0-29; the name "LED" selects the on-board LED
(GPIO 25 on a Pico). GPIO 26-29 double as ADC inputs.
"""

del HARD_RESET
del DEEPSLEEP_RESET
del SOFT_RESET

PWRON_RESET: Final = 1
"""Reset cause: the board was powered on or its RUN pin was pulsed."""
WDT_RESET: Final = 3
"""Reset cause: the watchdog timer ran out, or `reset()` was called."""

class Pin:
    """One GPIO pin: a digital input or output, with optional pulls and interrupts.

    `Pin(id)` returns the pin without changing it; passing a mode or other
    settings configures it the same way `init()` does. `id` is a GPIO number
    (0-29) or a board name such as "LED"; anything else raises
    `ValueError`.
    """

    ALT: Final = 3
    """Mode: the pin is handed to the peripheral chosen with `alt`."""
    IRQ_RISING: Final = 8
    """Trigger: interrupt when the level goes from 0 to 1."""
    IRQ_FALLING: Final = 4
    """Trigger: interrupt when the level goes from 1 to 0."""

    def __init__(
        self,
        id: int | str,
        mode: int = -1,
        pull: int | None = -1,
        *,
        value: Any = None,
        alt: int = -1,
    ) -> None:
        """Get pin `id` and, if any setting is given, configure it as `init()` does."""

    def init(
        self,
        mode: int = -1,
        pull: int | None = -1,
        *,
        value: Any = None,
        alt: int = -1,
    ) -> None:
        """Configure the pin; settings left out keep their current state.

        `mode` is `IN`, `OUT`, `OPEN_DRAIN` or `ALT`; `pull` is `PULL_UP`,
        `PULL_DOWN` or None for no pull; `value` sets the output level before
        the pin starts driving; `alt` picks the peripheral function for `ALT`.
        """

    def irq(
        self,
        handler: Callable[[Pin], Any] | None = None,
        trigger: int = 12,
        hard: bool = False,
    ) -> _PinIRQ:
        """Call `handler(pin)` when the level changes as `trigger` says.

        `trigger` is `IRQ_RISING`, `IRQ_FALLING` or both OR-ed together (the
        default). A handler of None turns the interrupt off. `hard=True` runs
        the handler inside the interrupt, where it must not allocate memory.
        Returns the pin's interrupt object.
        """

class Signal:
    @overload
    def __init__(self, pin_obj: Pin, /, *, invert: bool = False) -> None:
        """Wrap `pin_obj`; with `invert=True`, logical 1 drives the pin low."""

    @overload
    def __init__(
        self,
        id: int | str,
        mode: int = -1,
        pull: int | None = -1,
        /,
        *,
        value: Any = None,
        invert: bool = False,
    ) -> None:
        """Create and configure a pin as `Pin()` does, then wrap it."""

class PWM:
    """Pulse-width modulation on a pin, from about 8 Hz to 62.5 MHz.

    The RP2040 has 8 PWM slices with two outputs each; both outputs of a
    slice share one frequency.
    """

class ADC:
    """Reads the voltage (0-3.3 V) on GPIO 26-29, or the chip's temperature sensor.

    ADC channels 0-3 are GPIO 26-29 (GPIO 29 measures VSYS/3 on a Pico);
    channel 4 is the internal temperature sensor.
    """

    del read_uv

    CORE_TEMP: Final = 4
    """The channel wired to the internal temperature sensor."""

    def __init__(self, pin: Pin | int, /) -> None:
        """Make an ADC on a `Pin` (GPIO 26-29) or a channel number (0-4).

        Anything else raises `ValueError`.
        """

class I2C:
    """A hardware I2C controller: id 0 (default scl=9, sda=8) or 1 (scl=7, sda=6).

    Each controller can only use certain pins; others raise
    `ValueError("bad SCL pin")` or `("bad SDA pin")`. A transfer to an
    address where no device acknowledges raises `OSError(EIO)` (the software
    `SoftI2C` raises `OSError(ENODEV)` instead); a transfer that runs past
    `timeout` raises `OSError(ETIMEDOUT)`.
    """

    def __init__(
        self,
        id: int = 0,
        freq: int = 400_000,
        *,
        scl: Pin | int = ...,
        sda: Pin | int = ...,
        timeout: int = 50_000,
    ) -> None:
        """Open controller `id`; `freq` is the clock in hertz, `timeout` is in microseconds.

        An id other than 0 or 1 raises `ValueError("I2C(2) doesn't exist")`.
        """

class SPI:
    """A hardware SPI controller: id 0 (default sck=6, mosi=7, miso=4) or 1 (sck=10, mosi=11, miso=8)."""

class UART:
    """A serial port: id 0 (default tx=0, rx=1) or 1 (tx=4, rx=5); the REPL is on USB."""

class RTC:
    del init

class WDT:
    def __init__(self, id: int = 0, timeout: int = 5000) -> None:
        """Start the watchdog with a `timeout` in milliseconds (at most 8388); it cannot be stopped again."""

@overload
def freq() -> int:
    """Return the CPU frequency in hertz (125 MHz after boot)."""

@overload
def freq(hz: int, /) -> None:
    """Set the CPU frequency, from about 20 MHz to 250 MHz; one the clock cannot make raises `ValueError`."""

def unique_id() -> bytes:
    """Return 8 bytes unique to this board (the flash chip's serial number)."""

class Pin:
    ALT_SPI: Final[int]
    """`alt` function: SPI."""
    ALT_UART: Final[int]
    """`alt` function: UART."""
    ALT_I2C: Final[int]
    """`alt` function: I2C."""
    ALT_PWM: Final[int]
    """`alt` function: PWM."""
    ALT_SIO: Final[int]
    """`alt` function: plain GPIO (SIO)."""
    ALT_PIO0: Final[int]
    """`alt` function: PIO block 0."""
    ALT_PIO1: Final[int]
    """`alt` function: PIO block 1."""
    ALT_GPCK: Final[int]
    """`alt` function: a clock output."""
    ALT_USB: Final[int]
    """`alt` function: USB."""

    def high(self) -> None:
        """Drive the pin to 1 (same as `on()`)."""

    def low(self) -> None:
        """Drive the pin to 0 (same as `off()`)."""

    class board:
        """Pins by the board's names for them (`Pin.board.LED`)."""

    class cpu:
        """Pins by the chip's names for them (`Pin.cpu.GPIO25`)."""

class UART:
    IRQ_TXIDLE: Final[int]
    """`irq` trigger: the transmit buffer emptied."""

class I2CTarget:
    """This board as an I2C target (peripheral) that a controller reads and writes."""

    IRQ_ADDR_MATCH_READ: Final[int]
    """`irq` trigger: the controller addressed this target to read."""
    IRQ_ADDR_MATCH_WRITE: Final[int]
    """`irq` trigger: the controller addressed this target to write."""
    IRQ_READ_REQ: Final[int]
    """`irq` trigger: the controller wants a byte (hard irq only)."""
    IRQ_WRITE_REQ: Final[int]
    """`irq` trigger: the controller sent a byte (hard irq only)."""
    IRQ_END_READ: Final[int]
    """`irq` trigger: a read transaction ended."""
    IRQ_END_WRITE: Final[int]
    """`irq` trigger: a write transaction ended."""

    memaddr: int
    """The memory address of the last `mem` access."""

    def __init__(
        self,
        id: int,
        addr: int,
        *,
        addrsize: int = 7,
        mem: bytearray | memoryview | None = None,
        mem_addrsize: int = 8,
        scl: Pin | int | None = None,
        sda: Pin | int | None = None,
    ) -> None:
        """Answer to address `addr` on bus `id`; with `mem`, act as a memory the controller reads and writes."""

    def deinit(self) -> None:
        """Stop answering and release the pins."""

    def readinto(self, buf: _WriteBuf, /) -> int:
        """Take bytes the controller wrote into `buf`; return the count."""

    def write(self, buf: _ReadBuf, /) -> int:
        """Queue bytes for the controller to read; return the count queued."""

    def irq(self, handler: Callable[[I2CTarget], Any] | None = None, trigger: int = ..., hard: bool = False) -> Any:
        """Call `handler(target)` on the `IRQ_*` events in `trigger`."""

class USBDevice:
    """The USB device interface: define your own USB device in Python (replacing or beside the REPL's CDC)."""

    BUILTIN_NONE: Final[Any]
    """No built-in driver."""
    BUILTIN_DEFAULT: Final[Any]
    """The firmware's default driver (CDC serial)."""
    BUILTIN_CDC: Final[Any]
    """The CDC serial driver."""
    BUILTIN_MSC: Final[Any]
    """The mass-storage driver (where built in)."""
    BUILTIN_CDC_MSC: Final[Any]
    """CDC and mass storage together."""
    XFER_SUCCESS: Final[int]
    """`xfer_cb` result: the transfer completed."""
    XFER_FAILED: Final[int]
    """`xfer_cb` result: the transfer failed."""
    XFER_STALLED: Final[int]
    """`xfer_cb` result: the endpoint stalled."""

    builtin_driver: Any
    """Which built-in driver runs beside the Python-defined interfaces."""

    def __init__(self) -> None:
        """Get the (single) USB device object."""

    def config(
        self,
        desc_dev: bytes,
        desc_cfg: bytes,
        desc_strs: Any = None,
        open_itf_cb: Callable[[bytes], Any] | None = None,
        reset_cb: Callable[[], Any] | None = None,
        control_xfer_cb: Callable[[int, bytes], Any] | None = None,
        xfer_cb: Callable[[int, int, int], Any] | None = None,
    ) -> None:
        """Set the descriptors and callbacks (while inactive)."""

    def active(self, value: bool = ..., /) -> bool:
        """Connect (True) or disconnect (False) from the host; return whether active."""

    def remote_wakeup(self) -> bool:
        """Wake a suspended host, if it allowed that."""

    def submit_xfer(self, ep: int, buffer: _WriteBuf, /) -> bool:
        """Start a transfer on endpoint `ep`; `xfer_cb` is called when done."""

    def stall(self, ep: int, stall: bool = ..., /) -> bool:
        """Stall (or unstall) endpoint `ep`; return its previous state."""

def bootloader(value: int = ..., /) -> None:
    """Restart into the USB bootloader (the RPI-RP2 drive) to load new firmware."""

def mem_backup(region: int = 0, /) -> bytearray:
    """Memory that survives sleep (the RTC scratch registers), as a bytearray."""

