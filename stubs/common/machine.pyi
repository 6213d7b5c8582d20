"""Hardware access: pins, buses, timers, power and reset control.

MicroPython's portable `machine` API, as every port has it. Each board's
overlay (`stubs/<board>/machine.pyi`) adds what its port has besides, and
says where its numbers differ.
"""

from array import array
from typing import Any, Callable, Final, TypeAlias, overload

_ReadBuf: TypeAlias = bytes | bytearray | memoryview | array[Any]
_WriteBuf: TypeAlias = bytearray | memoryview | array[Any]

PWRON_RESET: Final = 1
"""Reset cause: the board was powered on."""
HARD_RESET: Final = 2
"""Reset cause: `reset()` restarted the board."""
WDT_RESET: Final = 3
"""Reset cause: the watchdog timer ran out and restarted the board."""
DEEPSLEEP_RESET: Final = 4
"""Reset cause: the board woke up from `deepsleep()`."""
SOFT_RESET: Final = 5
"""Reset cause: the interpreter was restarted by `soft_reset()` or Ctrl-D."""

class _PinIRQ:
    """The interrupt attached to a pin, as returned by `Pin.irq()`."""

    def __call__(self) -> None:
        """Run the pin's handler now, as if the trigger had happened."""

    def trigger(self, trigger: int = ..., /) -> int:
        """Return the trigger mask in effect; with an argument, replace it first."""

class Pin:
    """One GPIO pin: a digital input or output, with optional pulls and interrupts.

    `Pin(id)` returns the pin without changing it; passing a mode or other
    settings configures it the same way `init()` does. `id` is a GPIO number
    from 0 to 31; anything else raises `ValueError("invalid pin")`.
    """

    IN: Final = 0
    """Mode: the pin reads the level driven onto it."""
    OUT: Final = 1
    """Mode: the pin drives its output level (push-pull)."""
    OPEN_DRAIN: Final = 2
    """Mode: the pin pulls low for 0 and floats for 1."""
    PULL_UP: Final = 1
    """Pull: an internal resistor pulls the pin towards 3.3 V."""
    PULL_DOWN: Final = 2
    """Pull: an internal resistor pulls the pin towards ground."""
    IRQ_RISING: Final = 1
    """Trigger: interrupt when the level goes from 0 to 1."""
    IRQ_FALLING: Final = 2
    """Trigger: interrupt when the level goes from 1 to 0."""

    def __init__(
        self,
        id: int,
        mode: int = -1,
        pull: int | None = -1,
        *,
        value: Any = None,
    ) -> None:
        """Get pin `id` and, if any setting is given, configure it as `init()` does."""

    def init(
        self,
        mode: int = -1,
        pull: int | None = -1,
        *,
        value: Any = None,
    ) -> None:
        """Configure the pin; settings left out keep their current state.

        `mode` is `IN`, `OUT` or `OPEN_DRAIN`; `pull` is `PULL_UP`, `PULL_DOWN`
        or None for no pull; `value` sets the output level before the pin
        starts driving.
        """

    @overload
    def value(self) -> int:
        """Return the pin's level, 0 or 1."""

    @overload
    def value(self, x: Any, /) -> None:
        """Set the output level: any true value drives 1, a false one 0."""

    @overload
    def __call__(self) -> int:
        """Return the pin's level, 0 or 1 (a fast `value()`)."""

    @overload
    def __call__(self, x: Any, /) -> None:
        """Set the output level from the truth of `x` (a fast `value(x)`)."""

    def on(self) -> None:
        """Drive the pin to 1."""

    def off(self) -> None:
        """Drive the pin to 0."""

    def toggle(self) -> None:
        """Invert the pin's output level."""

    def irq(
        self,
        handler: Callable[[Pin], Any] | None = None,
        trigger: int = 3,
        hard: bool = False,
    ) -> _PinIRQ:
        """Call `handler(pin)` when the level changes as `trigger` says.

        `trigger` is `IRQ_RISING`, `IRQ_FALLING` or both OR-ed together (the
        default). A handler of None turns the interrupt off. `hard=True` runs
        the handler inside the interrupt, where it must not allocate memory.
        Returns the pin's interrupt object.
        """

class Signal:
    """A pin seen through an optional inversion, so "on" can mean electrically low.

    Wrap an existing `Pin` (`Signal(pin, invert=True)`), or give the same
    arguments as `Pin()` plus `invert` to create the pin too.
    """

    @overload
    def __init__(self, pin_obj: Pin, /, *, invert: bool = False) -> None:
        """Wrap `pin_obj`; with `invert=True`, logical 1 drives the pin low."""

    @overload
    def __init__(
        self,
        id: int,
        mode: int = -1,
        pull: int | None = -1,
        /,
        *,
        value: Any = None,
        invert: bool = False,
    ) -> None:
        """Create and configure a pin as `Pin()` does, then wrap it."""

    @overload
    def value(self) -> int:
        """Return the logical level: the pin's level, inverted if `invert` was set."""

    @overload
    def value(self, x: Any, /) -> None:
        """Set the logical level from the truth of `x`, inverting if asked."""

    @overload
    def __call__(self) -> int:
        """Return the logical level (a fast `value()`)."""

    @overload
    def __call__(self, x: Any, /) -> None:
        """Set the logical level (a fast `value(x)`)."""

    def on(self) -> None:
        """Make the signal active (drives the pin low when inverted)."""

    def off(self) -> None:
        """Make the signal inactive (drives the pin high when inverted)."""

class PWM:
    """Pulse-width modulation on any pin, from 1 Hz to 40 MHz, 16 channels at once."""

    def __init__(
        self,
        dest: Pin | int,
        /,
        freq: int = ...,
        *,
        duty_u16: int = ...,
        duty_ns: int = ...,
        invert: bool = False,
    ) -> None:
        """Start PWM on `dest` (a `Pin` or GPIO number).

        Give at most one of `duty_u16` (0-65535) or `duty_ns` (pulse width in
        nanoseconds). `invert=True` swaps the high and low parts of each
        period.
        """

    def init(
        self,
        freq: int = ...,
        *,
        duty_u16: int = ...,
        duty_ns: int = ...,
        invert: bool = ...,
    ) -> None:
        """Change any of the settings the constructor accepts."""

    def deinit(self) -> None:
        """Stop PWM on the pin."""

    @overload
    def freq(self) -> int:
        """Return the frequency in hertz."""

    @overload
    def freq(self, value: int, /) -> None:
        """Set the frequency in hertz; too low or too high raises `ValueError`."""

    @overload
    def duty_u16(self) -> int:
        """Return the duty cycle as 0-65535 (65535 is always high)."""

    @overload
    def duty_u16(self, value: int, /) -> None:
        """Set the duty cycle as 0-65535."""

    @overload
    def duty_ns(self) -> int:
        """Return the high time of each period in nanoseconds."""

    @overload
    def duty_ns(self, value: int, /) -> None:
        """Set the high time of each period in nanoseconds."""

class ADC:
    """Reads the voltage (0-3.3 V) on GPIO 26-29, which are ADC channels 0-3."""

    def __init__(self, pin: Pin | int, /) -> None:
        """Make an ADC on a `Pin` or GPIO number 26-29; other pins raise `ValueError`."""

    def read_u16(self) -> int:
        """Return a reading scaled to 0-65535 across 0-3.3 V (12 bits of real resolution)."""

    def read_uv(self) -> int:
        """Return the input voltage in microvolts."""

class I2C:
    """A hardware I2C controller: id 0 (default scl=5, sda=4) or 1 (scl=7, sda=6).

    Every transfer to an address where no device acknowledges raises
    `OSError(ENODEV)`; a device that holds the clock too long raises
    `OSError(ETIMEDOUT)`.
    """

    def __init__(
        self,
        id: int,
        /,
        *,
        scl: Pin | int = ...,
        sda: Pin | int = ...,
        freq: int = 400_000,
        timeout: int = 50_000,
    ) -> None:
        """Open controller `id`; `freq` is the clock in hertz, `timeout` is in microseconds."""

    def init(self, scl: Pin | int = ..., sda: Pin | int = ..., *, freq: int = 400_000, timeout: int = 50_000) -> None:
        """Set up the bus again with other pins, frequency or timeout."""

    def deinit(self) -> None:
        """Turn the bus off."""

    def scan(self) -> list[int]:
        """Return the 7-bit addresses from 0x08 to 0x77 that acknowledge."""

    def readfrom(self, addr: int, nbytes: int, stop: bool = True, /) -> bytes:
        """Read `nbytes` from device `addr`; end with a STOP unless `stop` is false."""

    def readfrom_into(self, addr: int, buf: _WriteBuf, stop: bool = True, /) -> None:
        """Fill `buf` with bytes read from device `addr`."""

    def writeto(self, addr: int, buf: _ReadBuf, stop: bool = True, /) -> int:
        """Write `buf` to device `addr`; return how many bytes were acknowledged."""

    def writevto(self, addr: int, vector: list[_ReadBuf] | tuple[_ReadBuf, ...], stop: bool = True, /) -> int:
        """Write several buffers as one transfer to `addr`; return the acknowledged count."""

    def readfrom_mem(self, addr: int, memaddr: int, nbytes: int, *, addrsize: int = 8) -> bytes:
        """Read `nbytes` from register `memaddr` of device `addr`.

        `addrsize` is the width of the register address in bits (8 or 16).
        """

    def readfrom_mem_into(self, addr: int, memaddr: int, buf: _WriteBuf, *, addrsize: int = 8) -> None:
        """Fill `buf` from register `memaddr` of device `addr` onwards."""

    def writeto_then_readfrom(self, addr: int, out_buf: _ReadBuf, in_buf: _WriteBuf, /) -> None:
        """Write `out_buf` to the device at `addr`, then fill `in_buf` from it after a repeated start.

        Handy for reading a register in one call. This is CircuitPython's name:
        MicroPython firmware has `readfrom_mem_into` instead, so code meant for a
        real board should prefer that. Raises `OSError` if no device answers.
        """

    def writeto_mem(self, addr: int, memaddr: int, buf: _ReadBuf, *, addrsize: int = 8) -> None:
        """Write `buf` to register `memaddr` of device `addr` onwards."""

class SoftI2C(I2C):
    """I2C driven in software on any two output-capable pins."""

    def __init__(self, scl: Pin | int, sda: Pin | int, *, freq: int = 400_000, timeout: int = 50_000) -> None:
        """Make a bit-banged bus; `timeout` is the clock-stretch limit in microseconds."""

    def init(self, scl: Pin | int = ..., sda: Pin | int = ..., *, freq: int = 400_000, timeout: int = 50_000) -> None:
        """Move the bus to other pins or change its clock frequency or timeout."""

    def start(self) -> None:
        """Send a START condition."""

    def stop(self) -> None:
        """Send a STOP condition."""

    def readinto(self, buf: _WriteBuf, nack: bool = True, /) -> None:
        """Read bytes into `buf`, acknowledging all but the last (which gets a NACK if `nack`)."""

    def write(self, buf: _ReadBuf, /) -> int:
        """Write raw bytes on the bus; return how many were acknowledged."""

class SPI:
    """A hardware SPI controller: id 0 (default sck=18, mosi=19, miso=16) or 1 (sck=10, mosi=11, miso=12)."""

    MSB: Final = 0
    """Bit order: most significant bit first."""
    LSB: Final = 1
    """Bit order: least significant bit first."""

    def __init__(
        self,
        id: int,
        /,
        baudrate: int = 1_000_000,
        *,
        polarity: int = 0,
        phase: int = 0,
        bits: int = 8,
        firstbit: int = 0,
        sck: Pin | int | None = None,
        mosi: Pin | int | None = None,
        miso: Pin | int | None = None,
    ) -> None:
        """Open controller `id`.

        `polarity` is the idle level of the clock, `phase` 0 samples on the
        first clock edge and 1 on the second; `firstbit` is `MSB` or `LSB`.
        """

    def init(
        self,
        baudrate: int = 1_000_000,
        *,
        polarity: int = 0,
        phase: int = 0,
        bits: int = 8,
        firstbit: int = 0,
        sck: Pin | int | None = None,
        mosi: Pin | int | None = None,
        miso: Pin | int | None = None,
    ) -> None:
        """Reconfigure the bus with the same settings the constructor takes."""

    def deinit(self) -> None:
        """Turn the controller off."""

    def read(self, nbytes: int, write: int = 0x00, /) -> bytes:
        """Read `nbytes` while sending the byte `write` for each."""

    def readinto(self, buf: _WriteBuf, write: int = 0x00, /) -> None:
        """Fill `buf` while sending the byte `write` for each."""

    def write(self, buf: _ReadBuf, /) -> None:
        """Send `buf`, ignoring what comes back."""

    def write_readinto(self, write_buf: _ReadBuf, read_buf: _WriteBuf, /) -> None:
        """Send `write_buf` and store the bytes received in `read_buf` (same length)."""

class SoftSPI(SPI):
    """SPI driven in software on any pins; sck, mosi and miso must all be given."""

    def __init__(
        self,
        baudrate: int = 500_000,
        *,
        polarity: int = 0,
        phase: int = 0,
        bits: int = 8,
        firstbit: int = 0,
        sck: Pin | int | None = None,
        mosi: Pin | int | None = None,
        miso: Pin | int | None = None,
    ) -> None:
        """Make a bit-banged bus with the given settings."""

class UART:
    """A serial port: id 0 (default tx=0, rx=1) or 1 (tx=8, rx=9)."""

    INV_TX: Final = 1
    """`invert` flag: invert the transmit line."""
    INV_RX: Final = 2
    """`invert` flag: invert the receive line."""
    RTS: Final = 2
    """`flow` flag: use RTS hardware flow control."""
    CTS: Final = 1
    """`flow` flag: use CTS hardware flow control."""
    IRQ_RXIDLE: Final[int]
    """`irq` trigger: the line went idle after receiving."""
    IRQ_BREAK: Final[int]
    """`irq` trigger: a break condition was received."""

    def __init__(
        self,
        id: int,
        /,
        baudrate: int = 115_200,
        bits: int = 8,
        parity: int | None = None,
        stop: int = 1,
        *,
        tx: Pin | int = ...,
        rx: Pin | int = ...,
        rts: Pin | int = ...,
        cts: Pin | int = ...,
        txbuf: int = ...,
        rxbuf: int = ...,
        timeout: int = 0,
        timeout_char: int = ...,
        invert: int = 0,
        flow: int = 0,
    ) -> None:
        """Open UART `id`.

        `parity` is None, 0 (even) or 1 (odd); `stop` is 1 or 2; `timeout` is
        how long a read waits for the first byte, in milliseconds.
        """

    def init(
        self,
        baudrate: int = 115_200,
        bits: int = 8,
        parity: int | None = None,
        stop: int = 1,
        *,
        tx: Pin | int = ...,
        rx: Pin | int = ...,
        rts: Pin | int = ...,
        cts: Pin | int = ...,
        txbuf: int = ...,
        rxbuf: int = ...,
        timeout: int = 0,
        timeout_char: int = ...,
        invert: int = 0,
        flow: int = 0,
    ) -> None:
        """Reconfigure the port with the settings the constructor takes."""

    def deinit(self) -> None:
        """Turn the port off."""

    def any(self) -> int:
        """Return how many bytes can be read without waiting (at least 1 if any)."""

    def read(self, nbytes: int = ..., /) -> bytes | None:
        """Read up to `nbytes` (or everything available); None if the timeout passed with no data."""

    def readinto(self, buf: _WriteBuf, nbytes: int = ..., /) -> int | None:
        """Read into `buf`; return the byte count, or None on timeout."""

    def readline(self) -> bytes | None:
        """Read up to and including a newline; None on timeout with no data."""

    def write(self, buf: _ReadBuf | str, /) -> int | None:
        """Send `buf`; return the number of bytes written, or None on timeout."""

    def sendbreak(self) -> None:
        """Hold the transmit line low for longer than one character."""

    def flush(self) -> None:
        """Wait until every queued byte has been sent."""

    def txdone(self) -> bool:
        """Return True once every queued byte has been sent."""

    def irq(self, handler: Callable[[UART], Any] | None = None, trigger: int = 0, hard: bool = False) -> Any:
        """Call `handler(uart)` on the events in `trigger` (`IRQ_*` flags OR-ed); return the irq object."""

class Timer:
    """A software timer that calls a function after a period; any number can exist.

    Callbacks run between bytecodes, like interrupts, on the board's clock.
    """

    ONE_SHOT: Final = 0
    """Mode: call the callback once, after one period."""
    PERIODIC: Final = 1
    """Mode: call the callback every period until `deinit()`."""

    def __init__(
        self,
        id: int = -1,
        /,
        *,
        mode: int = 1,
        freq: float = -1,
        period: int = -1,
        callback: Callable[[Timer], Any] | None = None,
        hard: bool = ...,
    ) -> None:
        """Make a timer (the only id is -1); with settings, start it as `init()` does."""

    def init(
        self,
        *,
        mode: int = 1,
        freq: float = -1,
        period: int = -1,
        callback: Callable[[Timer], Any] | None = None,
        hard: bool = ...,
    ) -> None:
        """Start the timer: every `period` milliseconds, or `freq` times a second.

        `mode` is `ONE_SHOT` or `PERIODIC`; `callback(timer)` is called each
        time the period ends; `hard=True` calls it inside the interrupt, where
        it must not allocate memory.
        """

    def deinit(self) -> None:
        """Stop the timer; no further callbacks happen."""

class RTC:
    """The real-time clock, which keeps the date and time while the board runs."""

    def __init__(self) -> None:
        """Get the board's real-time clock."""

    def init(self, datetime: tuple[int, int, int, int, int, int, int, int], /) -> None:
        """Set the date and time, as `datetime()` with an argument does."""

    @overload
    def datetime(self) -> tuple[int, int, int, int, int, int, int, int]:
        """Return (year, month, day, weekday, hours, minutes, seconds, subseconds).

        Weekday runs from 0 (Monday) to 6; subseconds are microseconds.
        """

    @overload
    def datetime(self, datetimetuple: tuple[int, int, int, int, int, int, int, int], /) -> None:
        """Set the clock from an 8-tuple in the order `datetime()` returns (weekday is ignored)."""

class WDT:
    """The watchdog: restarts the board unless `feed()` is called often enough."""

    def __init__(self, id: int = 0, timeout: int = 5000) -> None:
        """Start the watchdog with a `timeout` in milliseconds; it cannot be stopped again."""

    def feed(self) -> None:
        """Restart the watchdog's countdown."""

@overload
def freq() -> int:
    """Return the CPU frequency in hertz (100 MHz after boot)."""

@overload
def freq(hz: int, /) -> None:
    """Set the CPU frequency, from 1 MHz to 250 MHz; others raise `ValueError`."""

def reset() -> None:
    """Restart the board as the reset button would; the program does not continue."""

def soft_reset() -> None:
    """Restart the interpreter, clearing every Python object, and run boot.py and main.py again."""

def reset_cause() -> int:
    """Return why the board last started: one of the `*_RESET` constants."""

def unique_id() -> bytes:
    """Return 8 bytes unique to this simulated board."""

def idle() -> None:
    """Pause the CPU until the next interrupt (at most about a millisecond)."""

def lightsleep(time_ms: int = ..., /) -> None:
    """Sleep in a low-power state for up to `time_ms` milliseconds, then continue."""

def deepsleep(time_ms: int = ..., /) -> None:
    """Power down for up to `time_ms` milliseconds; waking restarts the board from boot."""

def disable_irq() -> int:
    """Block interrupts and return the previous state, to hand to `enable_irq()`."""

def enable_irq(state: int, /) -> None:
    """Restore the interrupt state that `disable_irq()` returned."""

def time_pulse_us(pin: Pin, pulse_level: int, timeout_us: int = 1_000_000, /) -> int:
    """Return the length in microseconds of the next pulse at `pulse_level` on `pin`.

    Returns -2 if the pin never reached `pulse_level` within `timeout_us`,
    and -1 if the pulse lasted longer than `timeout_us`.
    """

def bitstream(pin: Pin, encoding: int, timing: tuple[int, int, int, int], data: _ReadBuf, /) -> None:
    """Send `data` on `pin` as timed pulses, most significant bit first.

    Encoding 0 is the only one: `timing` is (high ns for 0, low ns for 0,
    high ns for 1, low ns for 1), e.g. (400, 850, 800, 450) for WS2812 LEDs.
    """

class _Mem:
    """Memory as an array of 8-, 16- or 32-bit words, indexed by address."""

    def __getitem__(self, address: int, /) -> int:
        """Read the word at `address` (aligned to the word size)."""

    def __setitem__(self, address: int, value: int, /) -> None:
        """Write the word at `address`."""

mem8: _Mem
"""Bytes of memory: `machine.mem8[address]`."""
mem16: _Mem
"""16-bit words of memory: `machine.mem16[address]`."""
mem32: _Mem
"""32-bit words of memory: `machine.mem32[0x3FF44004]`."""

def dht_readinto(pin: Pin, buf: _WriteBuf, /) -> None:
    """Read a DHT11/DHT22 sensor on `pin` into the 5-byte `buf` (what the `dht` module uses)."""

class I2S:
    """An I2S audio bus: send or receive samples to a codec, microphone or amplifier."""

    RX: Final[int]
    """Mode: receive samples."""
    TX: Final[int]
    """Mode: transmit samples."""
    STEREO: Final[int]
    """Format: two channels."""
    MONO: Final[int]
    """Format: one channel."""

    def __init__(
        self,
        id: int,
        /,
        *,
        sck: Pin,
        ws: Pin,
        sd: Pin,
        mck: Pin | None = None,
        mode: int,
        bits: int,
        format: int,
        rate: int,
        ibuf: int,
    ) -> None:
        """Set up bus `id`: clock, word-select and data pins, `bits` per sample (16 or 32), `rate` in Hz, `ibuf` bytes of buffer."""

    def init(
        self,
        *,
        sck: Pin,
        ws: Pin,
        sd: Pin,
        mck: Pin | None = None,
        mode: int,
        bits: int,
        format: int,
        rate: int,
        ibuf: int,
    ) -> None:
        """Set the bus up again with new settings."""

    def deinit(self) -> None:
        """Stop the bus and release its pins."""

    def readinto(self, buf: _WriteBuf, /) -> int:
        """Fill `buf` with samples; return the byte count (0 if non-blocking and nothing is ready)."""

    def write(self, buf: _ReadBuf, /) -> int:
        """Queue `buf`'s samples for sending; return the byte count accepted."""

    def irq(self, handler: Callable[[I2S], Any] | None, /) -> None:
        """Make reads and writes non-blocking; call `handler(i2s)` when each buffer is done."""

    @staticmethod
    def shift(buf: _WriteBuf, bits: int, shift: int, /) -> None:
        """Shift every sample in `buf` by `shift` bits (positive: left), a cheap volume control."""
