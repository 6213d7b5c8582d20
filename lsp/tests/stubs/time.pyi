"""Time and delays."""

def sleep(seconds: float) -> None:
    """Sleep for `seconds` (may be a float)."""

def sleep_ms(ms: int) -> None:
    """Sleep for `ms` milliseconds."""

def ticks_ms() -> int:
    """A millisecond counter that wraps around."""

def ticks_us() -> int: ...

def ticks_diff(ticks1: int, ticks2: int) -> int:
    """The signed difference `ticks1 - ticks2`, wrap-around aware."""

def time() -> int: ...
