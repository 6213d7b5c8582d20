"""Access to MicroPython's internals: constants folded at compile time, code emitters, memory reports."""

from typing import Any, Callable, TypeVar, overload

_T = TypeVar("_T")
_F = TypeVar("_F", bound=Callable[..., Any])

def const(expr: _T, /) -> _T:
    """Mark an integer expression as a compile-time constant and return it.

    Module-level names assigned from `const()` are substituted where used;
    a name starting with an underscore is not even kept in the module.
    """

@overload
def opt_level() -> int:
    """Return the optimisation level used when compiling new code (0-3)."""

@overload
def opt_level(level: int, /) -> None:
    """Set the optimisation level: 0 keeps asserts and line numbers, higher levels drop them."""

def alloc_emergency_exception_buf(size: int, /) -> None:
    """Reserve `size` bytes so an exception raised in an interrupt handler can still be reported."""

def mem_info(verbose: Any = ..., /) -> None:
    """Print the amount of heap and stack in use; with `verbose`, also a map of the heap."""

def qstr_info(verbose: Any = ..., /) -> None:
    """Print how many interned strings exist and the memory they take."""

def stack_use() -> int:
    """Return the number of bytes of stack currently in use."""

def heap_lock() -> int:
    """Forbid heap allocation (attempts raise `MemoryError`); return the new lock depth."""

def heap_unlock() -> int:
    """Undo one `heap_lock()`; return the remaining lock depth (0 means unlocked)."""

def kbd_intr(chr: int, /) -> None:
    """Choose the character (default 3, Ctrl-C) that raises `KeyboardInterrupt`; -1 disables it."""

def schedule(func: Callable[[_T], Any], arg: _T, /) -> None:
    """Queue `func(arg)` to run soon from the main program, outside the interrupt context.

    Raises `RuntimeError("schedule queue full")` when too many calls are
    already waiting.
    """

def native(func: _F, /) -> _F:
    """Decorator: compile the function to machine code for speed (the simulator runs it unchanged)."""

def viper(func: _F, /) -> _F:
    """Decorator: compile the function with the typed Viper emitter (the simulator runs it unchanged)."""

class RingIO:
    """A ring buffer that is a stream: one side writes, the other reads, without allocating."""

    def __init__(self, size_or_buffer: int | bytearray, /) -> None:
        """Make a ring of `size` bytes (one less is usable), or over a given bytearray."""

    def any(self) -> int:
        """Return how many bytes are waiting to be read."""

    def read(self, nbytes: int = ..., /) -> bytes:
        """Read up to `nbytes` (all waiting if not given)."""

    def readline(self, nbytes: int = ..., /) -> bytes:
        """Read one line, at most `nbytes` long."""

    def readinto(self, buf: bytearray | memoryview, nbytes: int = ..., /) -> int:
        """Read into `buf`; return the count."""

    def write(self, buf: bytes | bytearray | memoryview, /) -> int:
        """Write as much of `buf` as fits; return the count."""

    def close(self) -> None:
        """Does nothing (streams have it)."""
