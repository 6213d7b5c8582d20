"""Hardware access for the ESP32: pins, buses, timers, power and reset control.

Pin numbers are the chip's GPIO numbers (0-19, 21-23, 25-27, 32-39); GPIO 34-39
are input only and have no pull resistors. Board labels such as D4 are not
understood here.
"""

HARD_RESET: Final = 2
"""Reset cause: the reset button or `reset()` restarted the chip."""
WDT_RESET: Final = 3
"""Reset cause: the watchdog timer ran out and restarted the chip."""
DEEPSLEEP_RESET: Final = 4
"""Reset cause: the chip woke up from `deepsleep()`."""

class Pin:
    """One GPIO pin: a digital input or output, with optional pulls and interrupts.

    `Pin(id)` returns the pin without changing it; passing a mode or other
    settings configures it the same way `init()` does. An id that is not a
    GPIO of the ESP32 raises `ValueError("invalid pin")`.
    """

    IN: Final = 1
    """Mode: the pin reads the level driven onto it."""
    OUT: Final = 3
    """Mode: the pin drives its output level (push-pull)."""
    OPEN_DRAIN: Final = 7
    """Mode: the pin pulls low for 0 and floats for 1."""
    PULL_UP: Final = 2
    """Pull: an internal resistor pulls the pin towards 3.3 V."""
    PULL_DOWN: Final = 1
    """Pull: an internal resistor pulls the pin towards ground."""
    WAKE_LOW: Final = 4
    """Trigger usable with `irq(wake=...)`: wake from sleep while the pin is low."""
    WAKE_HIGH: Final = 5
    """Trigger usable with `irq(wake=...)`: wake from sleep while the pin is high."""
    DRIVE_0: Final = 0
    """Drive strength: about 5 mA."""
    DRIVE_1: Final = 1
    """Drive strength: about 10 mA."""
    DRIVE_2: Final = 2
    """Drive strength: about 20 mA, the default."""
    DRIVE_3: Final = 3
    """Drive strength: about 40 mA."""

    def __init__(
        self,
        id: int,
        mode: int = -1,
        pull: int | None = -1,
        *,
        value: Any = None,
        drive: int = ...,
        hold: bool = ...,
    ) -> None:
        """Get GPIO `id` and, if any setting is given, configure it as `init()` does.

        `id` is a GPIO number: ESP32_GENERIC names no pins (`Pin.board` is
        empty), so a name such as "LED" raises `ValueError("invalid pin")`.
        """

    def init(
        self,
        mode: int = -1,
        pull: int | None = -1,
        *,
        value: Any = None,
        drive: int = ...,
        hold: bool = ...,
    ) -> None:
        """Configure the pin; settings left out keep their current state.

        `mode` is `IN`, `OUT` or `OPEN_DRAIN`; `pull` is `PULL_UP`, `PULL_DOWN`
        or None for no pull; `value` sets the output level before the pin
        starts driving; `drive` is one of `DRIVE_0`..`DRIVE_3`; `hold=True`
        freezes the pad's configuration and level. Asking for an output or a
        pull on GPIO 34-39 raises `ValueError`.
        """

    def irq(
        self,
        handler: Callable[[Pin], Any] | None = None,
        trigger: int = 3,
        wake: int | None = None,
    ) -> _PinIRQ:
        """Call `handler(pin)` when the level changes as `trigger` says.

        `trigger` is `IRQ_RISING`, `IRQ_FALLING` or both OR-ed together (the
        default). A handler of None turns the interrupt off. `wake` with a
        `WAKE_LOW`/`WAKE_HIGH` trigger makes the pin a wake-up source instead.
        Returns the pin's interrupt object.
        """

class PWM:
    """Pulse-width modulation on an output pin, from 1 Hz to 40 MHz.

    Higher frequencies leave fewer bits of duty resolution. The ESP32 has 16
    PWM channels but only 8 distinct frequencies.
    """

    def __init__(
        self,
        dest: Pin | int,
        /,
        freq: int = ...,
        *,
        duty: int = ...,
        duty_u16: int = ...,
        duty_ns: int = ...,
        invert: bool = False,
    ) -> None:
        """Start PWM on `dest` (a `Pin` or GPIO number).

        Give at most one of `duty` (0-1023), `duty_u16` (0-65535) or `duty_ns`
        (pulse width in nanoseconds). The default is 5000 Hz at 50 % duty.
        `invert=True` swaps the high and low parts of each period.
        """

    def init(
        self,
        freq: int = ...,
        *,
        duty: int = ...,
        duty_u16: int = ...,
        duty_ns: int = ...,
        invert: bool = ...,
    ) -> None:
        """Change any of the settings the constructor accepts."""

    def deinit(self) -> None:
        """Stop PWM and release the channel; the pin stays at its idle level."""

    @overload
    def freq(self) -> int:
        """Return the frequency in hertz."""

    @overload
    def freq(self, value: int, /) -> None:
        """Set the frequency in hertz (1 to 40_000_000); out of range raises `ValueError`."""

    @overload
    def duty(self) -> int:
        """Return the duty cycle as 0-1023 (1023 is always high)."""

    @overload
    def duty(self, value: int, /) -> None:
        """Set the duty cycle as 0-1023."""

class ADC:
    """Reads the voltage on an analog-capable pin.

    ADC block 1 serves GPIO 32-39 and block 2 serves GPIO 0, 2, 4, 12-15 and
    25-27; block 2 cannot be read while Wi-Fi is active. Without attenuation
    the input range is about 0-1.1 V; `ATTN_11DB` extends it to about 3.3 V.
    """

    ATTN_0DB: Final = 0
    """No attenuation: full scale is about 1.1 V."""
    ATTN_2_5DB: Final = 1
    """2.5 dB attenuation: full scale is about 1.5 V."""
    ATTN_6DB: Final = 2
    """6 dB attenuation: full scale is about 2.2 V."""
    ATTN_11DB: Final = 3
    """11 dB attenuation: full scale is about 3.3 V."""
    WIDTH_9BIT: Final = 9
    """9-bit readings from `read()` (0-511)."""
    WIDTH_10BIT: Final = 10
    """10-bit readings from `read()` (0-1023)."""
    WIDTH_11BIT: Final = 11
    """11-bit readings from `read()` (0-2047)."""
    WIDTH_12BIT: Final = 12
    """12-bit readings from `read()` (0-4095), the default."""

    def __init__(self, pin: Pin | int, *, atten: int = 0) -> None:
        """Make an ADC on `pin`; a pin without an ADC channel raises `ValueError`."""

    def init(self, *, atten: int) -> None:
        """Change the input attenuation to one of the `ATTN_*` constants."""

    def read(self) -> int:
        """Return a raw reading scaled to the block's width (0-4095 at 12 bits)."""

    def read_u16(self) -> int:
        """Return a reading scaled to 0-65535 regardless of the resolution."""

    def read_uv(self) -> int:
        """Return the calibrated input voltage in microvolts (millivolt resolution)."""

    def atten(self, atten: int, /) -> None:
        """Set the input attenuation (shorthand for `init(atten=...)`)."""

    def width(self, bits: int, /) -> None:
        """Set the resolution of `read()` with one of the `WIDTH_*` constants."""

    def deinit(self) -> None:
        """Release the ADC channel."""

class I2C:
    """A hardware I2C controller: id 0 (default scl=18, sda=19) or 1 (scl=25, sda=26).

    Every transfer to an address where no device acknowledges raises
    `OSError(ENODEV)`; a device that holds the clock too long raises
    `OSError(ETIMEDOUT)`.
    """

class SPI:
    """A hardware SPI controller: id 1 (default sck=14, mosi=13, miso=12) or 2 (sck=18, mosi=23, miso=19)."""

class UART:
    """A serial port: id 0 (default tx=1, rx=3, the REPL), 1 (tx=10, rx=9) or 2 (tx=17, rx=16)."""

    INV_TX: Final = 32
    """`invert` flag: invert the transmit line."""
    INV_RX: Final = 4
    """`invert` flag: invert the receive line."""
    RTS: Final = 1
    """`flow` flag: use RTS hardware flow control."""
    CTS: Final = 2
    """`flow` flag: use CTS hardware flow control."""

class Timer:
    """One of four hardware timers (id 0-3) that call a function after a period.

    Callbacks run between bytecodes, like interrupts, on the board's clock.
    """

    def __init__(
        self,
        id: int,
        /,
        *,
        mode: int = 1,
        freq: float = -1,
        period: int = -1,
        callback: Callable[[Timer], Any] | None = None,
        hard: bool = ...,
    ) -> None:
        """Get timer `id` (0-3); with settings, start it as `init()` does."""

@overload
def freq() -> int:
    """Return the CPU frequency in hertz (160 MHz after boot)."""

@overload
def freq(hz: int, /) -> None:
    """Set the CPU frequency: 20, 40, 80, 160 or 240 MHz; others raise `ValueError`."""

def unique_id() -> bytes:
    """Return 6 bytes unique to this chip (its base MAC address)."""

SLEEP: Final = 2
"""Wake-up source setting (`esp32.wake_on_ext0(..., )`): from light sleep."""
DEEPSLEEP: Final = 4
"""Wake-up source setting: from deep sleep."""
PIN_WAKE: Final = 2
"""`wake_reason()`: woken by a pin (EXT0)."""
EXT0_WAKE: Final = 2
"""`wake_reason()`: woken by the single wake-up pin (`esp32.wake_on_ext0`)."""
EXT1_WAKE: Final = 3
"""`wake_reason()`: woken by one of several pins (`esp32.wake_on_ext1`)."""
TIMER_WAKE: Final = 4
"""`wake_reason()`: woken by the sleep timer (`lightsleep(ms)`/`deepsleep(ms)`)."""
TOUCHPAD_WAKE: Final = 5
"""`wake_reason()`: woken by a touch pad (`esp32.wake_on_touch`)."""
ULP_WAKE: Final = 6
"""`wake_reason()`: woken by the ULP co-processor (`esp32.wake_on_ulp`)."""

class Pin:
    class board:
        """Pins by the names the board definition gives them (empty on ESP32_GENERIC)."""

class ADC:
    def block(self) -> ADCBlock:
        """Return the ADC block (1 or 2) this channel belongs to."""

class Timer:
    def value(self) -> int:
        """Return the timer's current count, in milliseconds since it started."""

class UART:
    INV_RTS: Final[int]
    """`invert` flag: invert the RTS line."""
    INV_CTS: Final[int]
    """`invert` flag: invert the CTS line."""
    IRQ_RX: Final[int]
    """`irq` trigger: bytes were received."""

class RTC:
    def memory(self, data: bytes | bytearray = ..., /) -> bytes | None:
        """Return the bytes kept in RTC memory across deep sleep; with `data`, store it (at most 2 KiB)."""

class DAC:
    """An 8-bit digital-to-analog converter on GPIO 25 or 26."""

    def __init__(self, pin: Pin | int, /) -> None:
        """Drive `pin` (GPIO 25 or 26) as an analog output; other pins raise `ValueError`."""

    def write(self, value: int, /) -> None:
        """Output `value` (0-255) as 0 to about 3.3 V."""

class TouchPad:
    """A capacitive touch sensor on one of the ESP32's touch pins (GPIO 0, 2, 4, 12-15, 27, 32, 33)."""

    def __init__(self, pin: Pin, /) -> None:
        """Sense touches on `pin`; a pin without a touch channel raises `ValueError`."""

    def read(self) -> int:
        """Return the pin's capacitance reading: lower when touched."""

    def config(self, value: int, /) -> None:
        """Set the reading below which the pad wakes the chip from sleep (`esp32.wake_on_touch`)."""

class ADCBlock:
    """An ADC peripheral (block 1 or 2), to configure and to make `ADC` channels from."""

    def __init__(self, id: int, *, bits: int = ...) -> None:
        """Get ADC block `id`, optionally setting the resolution in `bits`."""

    def init(self, *, bits: int) -> None:
        """Set the resolution in bits."""

    def connect(self, channel_or_source: int | Pin, source: Pin = ..., /, *, atten: int = ...) -> ADC:
        """Connect a channel (and/or a pin) for sampling; return its `ADC` object."""

class SDCard:
    """An SD or MMC card, over the SD/MMC interface or SPI; a block device for `vfs.mount`."""

    def __init__(
        self,
        slot: int = 1,
        width: int = 1,
        cd: Pin | int | None = None,
        wp: Pin | int | None = None,
        sck: Pin | int | None = None,
        miso: Pin | int | None = None,
        mosi: Pin | int | None = None,
        cs: Pin | int | None = None,
        cmd: Pin | int | None = None,
        data: list[Pin | int] | None = None,
        ldo: int | None = None,
        freq: int = 20_000_000,
    ) -> None:
        """Use the card on `slot` (0-1 SD/MMC, 2-3 SPI) with a bus of `width` data lines."""

    def info(self) -> tuple[int, int]:
        """Return (capacity in bytes, sector size)."""

    def deinit(self) -> None:
        """Release the card's interface."""

    def readblocks(self, block_num: int, buf: _WriteBuf, /) -> None:
        """Read blocks starting at `block_num` into `buf`."""

    def writeblocks(self, block_num: int, buf: _ReadBuf, /) -> None:
        """Write `buf` to blocks starting at `block_num`."""

    def ioctl(self, op: int, arg: int, /) -> int | None:
        """Block-device control, as `vfs.AbstractBlockDev.ioctl`."""

class Counter:
    """Counts pulses on a pin with the ESP32's pulse counter (`esp32.PCNT`)."""

    RISING: Final = 1
    """Count rising edges."""
    FALLING: Final = 2
    """Count falling edges."""
    UP: Final[int]
    """Count upwards."""
    DOWN: Final[int]
    """Count downwards."""

    def __init__(self, id: int, src: Pin | None = None, *, edge: int = 1, direction: int | Pin = ..., filter_ns: int = 0) -> None:
        """Count `edge`s of `src` on pulse-counter unit `id`; `direction` may be a pin that sets it."""

    def init(self, src: Pin, *, edge: int = 1, direction: int | Pin = ..., filter_ns: int = 0) -> None:
        """Start counting with new settings."""

    def deinit(self) -> None:
        """Stop counting and free the unit."""

    def value(self, value: int = ..., /) -> int:
        """Return the count; with `value` (only 0), reset it and return the count before."""

class Encoder:
    """Reads a quadrature (rotary) encoder with the ESP32's pulse counter."""

    def __init__(self, id: int, phase_a: Pin | None = None, phase_b: Pin | None = None, *, phases: int = 1, filter_ns: int = 0) -> None:
        """Decode the two phases on pulse-counter unit `id`; `phases` (1, 2, 4) counts per cycle."""

    def init(self, phase_a: Pin, phase_b: Pin, *, phases: int = 1, filter_ns: int = 0) -> None:
        """Start decoding with new settings."""

    def deinit(self) -> None:
        """Stop and free the unit."""

    def value(self, value: int = ..., /) -> int:
        """Return the position; with `value` (only 0), reset it and return the position before."""

    def phases(self) -> int:
        """Return the counts per cycle in use."""

def sleep() -> None:
    """Old name of `lightsleep()` with no time: sleep until woken."""

def wake_reason() -> int:
    """Why the chip last woke from sleep: one of the `*_WAKE` constants (0 after a reset)."""

def wake_pins() -> tuple[int, ...]:
    """The pins that woke the chip from deep sleep by EXT1, as a tuple of GPIO numbers."""

def mem_backup(region: int = 0, /) -> bytearray:
    """Memory that survives deep sleep (RTC memory), as a bytearray."""

