"""RP2040-specific features: the programmable I/O blocks (PIO), their state machines and the BOOTSEL button.

The simulator does not run PIO programs: `PIO`, `StateMachine` and running
an `asm_pio` program raise `NotImplementedError` saying so.
"""

from typing import Any, Callable, Final

from machine import Pin

class PIO:
    """One of the two PIO blocks, each with four state machines and room for 32 instructions."""

    IN_LOW: Final = 0
    """Initial pin state for `asm_pio`: input, low."""
    IN_HIGH: Final = 1
    """Initial pin state for `asm_pio`: input, high."""
    OUT_LOW: Final = 2
    """Initial pin state for `asm_pio`: output driving low."""
    OUT_HIGH: Final = 3
    """Initial pin state for `asm_pio`: output driving high."""
    SHIFT_LEFT: Final = 0
    """Shift direction for the ISR/OSR: towards the most significant bit."""
    SHIFT_RIGHT: Final = 1
    """Shift direction for the ISR/OSR: towards the least significant bit."""
    JOIN_NONE: Final = 0
    """FIFO arrangement: separate 4-word TX and RX FIFOs."""
    JOIN_TX: Final = 1
    """FIFO arrangement: one 8-word TX FIFO."""
    JOIN_RX: Final = 2
    """FIFO arrangement: one 8-word RX FIFO."""
    IRQ_SM0: Final = 256
    """IRQ flag raised by state machine 0."""
    IRQ_SM1: Final = 512
    """IRQ flag raised by state machine 1."""
    IRQ_SM2: Final = 1024
    """IRQ flag raised by state machine 2."""
    IRQ_SM3: Final = 2048
    """IRQ flag raised by state machine 3."""

    def __init__(self, id: int, /) -> None:
        """Get PIO block `id` (0 or 1)."""

    def add_program(self, program: Any, /) -> None:
        """Load an `asm_pio` program into this block's instruction memory."""

    def remove_program(self, program: Any = ..., /) -> None:
        """Free the memory `program` used, or all programs when none is given."""

    def state_machine(
        self,
        id: int,
        program: Any = ...,
        /,
        *,
        freq: int = -1,
        in_base: Pin | None = None,
        out_base: Pin | None = None,
        set_base: Pin | None = None,
        jmp_pin: Pin | None = None,
        sideset_base: Pin | None = None,
        in_shiftdir: int | None = None,
        out_shiftdir: int | None = None,
        push_thresh: int | None = None,
        pull_thresh: int | None = None,
    ) -> StateMachine:
        """Return state machine `id` (0-3) of this block, set up as `StateMachine.init` does if `program` is given."""

    def irq(self, handler: Callable[[PIO], Any] | None = None, trigger: int = ..., hard: bool = False) -> Any:
        """Call `handler(pio)` when the block raises one of the IRQ flags in `trigger`."""

class StateMachine:
    """One PIO state machine, running a program from `asm_pio` on its own clock."""

    def __init__(
        self,
        id: int,
        program: Any = ...,
        /,
        *,
        freq: int = -1,
        in_base: Pin | None = None,
        out_base: Pin | None = None,
        set_base: Pin | None = None,
        jmp_pin: Pin | None = None,
        sideset_base: Pin | None = None,
        in_shiftdir: int | None = None,
        out_shiftdir: int | None = None,
        push_thresh: int | None = None,
        pull_thresh: int | None = None,
    ) -> None:
        """Get state machine `id` (0-7: 0-3 on PIO0, 4-7 on PIO1), loading `program` if given."""

    def init(
        self,
        program: Any,
        /,
        *,
        freq: int = -1,
        in_base: Pin | None = None,
        out_base: Pin | None = None,
        set_base: Pin | None = None,
        jmp_pin: Pin | None = None,
        sideset_base: Pin | None = None,
        in_shiftdir: int | None = None,
        out_shiftdir: int | None = None,
        push_thresh: int | None = None,
        pull_thresh: int | None = None,
    ) -> None:
        """Load `program` and configure the pins and clock (`freq` in hertz) it runs with."""

    def active(self, value: bool | int = ..., /) -> bool:
        """Return whether the machine runs; with `value`, start or stop it first."""

    def restart(self) -> None:
        """Reset the machine's internal state and start its program from the beginning."""

    def exec(self, instr: int | str, /) -> None:
        """Execute one instruction immediately (an encoded number or assembler text)."""

    def get(self, buf: bytearray | None = None, shift: int = 0, /) -> int:
        """Take a word from the RX FIFO (waiting for one), shifted right by `shift`."""

    def put(self, value: int | bytes | bytearray, shift: int = 0, /) -> None:
        """Push a word (or each word of a buffer) into the TX FIFO, shifted left by `shift`."""

    def rx_fifo(self) -> int:
        """Return how many words wait in the RX FIFO."""

    def tx_fifo(self) -> int:
        """Return how many words wait in the TX FIFO."""

    def irq(self, handler: Callable[[StateMachine], Any] | None = None, trigger: int = 0, hard: bool = False) -> Any:
        """Call `handler(sm)` when the program raises its IRQ flag."""

def asm_pio(
    *,
    out_init: int | tuple[int, ...] | None = None,
    set_init: int | tuple[int, ...] | None = None,
    sideset_init: int | tuple[int, ...] | None = None,
    side_pindir: bool = False,
    in_shiftdir: int = 0,
    out_shiftdir: int = 0,
    autopush: bool = False,
    autopull: bool = False,
    push_thresh: int = 32,
    pull_thresh: int = 32,
    fifo_join: int = 0,
) -> Callable[[Callable[..., Any]], Any]:
    """Decorator that assembles a function written in PIO assembler into a program.

    The `*_init` arguments give each pin's starting state (`PIO.OUT_LOW`
    and friends); the rest configure shifting, auto push/pull and the FIFOs.
    """

def asm_pio_encode(instr: str, sideset_count: int, sideset_opt: bool = False) -> int:
    """Assemble one PIO instruction given as text and return its 16-bit encoding."""

def bootsel_button() -> int:
    """Return 1 while the BOOTSEL button is held down, 0 otherwise."""

class PIOASMError(Exception):
    """A PIO program that does not assemble (a bad instruction or operand)."""

class PIOASMEmit:
    """The assembler `asm_pio` runs a program's function through; its methods are the PIO instructions."""

    def __init__(
        self,
        *,
        out_init: int | tuple[int, ...] | None = None,
        set_init: int | tuple[int, ...] | None = None,
        sideset_init: int | tuple[int, ...] | None = None,
        side_pindir: bool = False,
        in_shiftdir: int = 0,
        out_shiftdir: int = 0,
        autopush: bool = False,
        autopull: bool = False,
        push_thresh: int = 32,
        pull_thresh: int = 32,
        fifo_join: int = 0,
    ) -> None:
        """Start assembling a program with these settings (`asm_pio`'s keywords)."""

    def __getattr__(self, name: str) -> Any:
        """The PIO instructions and operands (`set`, `jmp`, `pins`, `x`, ...) the program's body uses."""

class Flash:
    """The part of the flash chip the filesystem lives on, as a block device."""

    def __init__(self) -> None:
        """Get the filesystem's flash area."""

    def readblocks(self, block_num: int, buf: bytearray, offset: int = ..., /) -> None:
        """Read blocks starting at `block_num` into `buf`."""

    def writeblocks(self, block_num: int, buf: bytes | bytearray, offset: int = ..., /) -> None:
        """Write `buf` to blocks starting at `block_num` (erasing as needed)."""

    def ioctl(self, cmd: int, arg: int, /) -> int | None:
        """Block-device control, as `vfs.AbstractBlockDev.ioctl`."""

class DMA:
    """One of the RP2040's DMA channels: copies memory and peripheral data without the CPU."""

    read: Any
    """Where the next transfer reads from (an address or a buffer)."""
    write: Any
    """Where the next transfer writes to."""
    count: int
    """How many transfers remain."""
    ctrl: int
    """The channel's control register."""
    channel: int
    """The channel number (read only)."""
    registers: Any
    """The channel's registers as an array of 32-bit words."""

    def __init__(self) -> None:
        """Claim a free DMA channel; `OSError` if none is free."""

    def config(
        self, read: Any = None, write: Any = None, count: int | None = None, ctrl: int | None = None, trigger: bool = False
    ) -> None:
        """Set source, destination, transfer count and control; `trigger` starts at once."""

    def irq(self, handler: Callable[[DMA], Any] | None = None, hard: bool = False) -> Any:
        """Call `handler(dma)` when a transfer completes; return the irq object."""

    def close(self) -> None:
        """Release the channel."""

    def pack_ctrl(
        self,
        default: int | None = None,
        *,
        enable: bool = ...,
        high_pri: bool = ...,
        size: int = ...,
        inc_read: bool = ...,
        inc_write: bool = ...,
        ring_size: int = ...,
        ring_sel: bool = ...,
        chain_to: int = ...,
        treq_sel: int | DMATimer = ...,
        irq_quiet: bool = ...,
        bswap: bool = ...,
        sniff_en: bool = ...,
        write_err: bool = ...,
        read_err: bool = ...,
    ) -> int:
        """Make a control-register value from named fields (the rest from `default`)."""

    @staticmethod
    def unpack_ctrl(value: int, /) -> dict[str, Any]:
        """Split a control-register value into its named fields."""

    def active(self, value: bool = ..., /) -> bool:
        """Whether a transfer is running; `active(True)` starts one, `active(False)` stops it."""

class DMATimer:
    """One of the DMA controller's pacing timers, for transfers that have no request signal of their own."""

    ratio: tuple[int, int]
    """The (numerator, denominator) the system clock is divided by."""
    freq: float
    """The timer's rate in transfers per second."""

    def __init__(self, timer_id: int | None = None, *, freq: float | None = None, ratio: tuple[int, int] | None = None) -> None:
        """Claim a timer (a free one if `timer_id` is None) running at `freq` or at `ratio` of the clock."""

    def close(self) -> None:
        """Release the timer."""

def country(code: str = ..., /) -> str | None:
    """Return (or set) the two-letter country code the Wi-Fi radio obeys."""

