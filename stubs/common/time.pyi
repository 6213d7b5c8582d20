"""Delays, tick counters and calendar time, all read from the board's one clock.

Tick counters wrap around, so compare them with `ticks_diff()` rather than
with `-` or `<`.
"""

def sleep(seconds: float, /) -> None:
    """Pause for `seconds`, which may be fractional."""

def sleep_ms(ms: int, /) -> None:
    """Pause for `ms` milliseconds (at least that long; 0 just yields)."""

def sleep_us(us: int, /) -> None:
    """Pause for `us` microseconds."""

def ticks_ms() -> int:
    """Return a millisecond counter from an arbitrary start; it wraps around, see `ticks_diff`."""

def ticks_us() -> int:
    """Return a microsecond counter from an arbitrary start; it wraps around, see `ticks_diff`."""

def ticks_cpu() -> int:
    """Return the highest-resolution counter the board has, for timing very short code."""

def ticks_add(ticks: int, delta: int, /) -> int:
    """Return the tick value `delta` ticks after `ticks` (delta may be negative), wrapping as the counter does.

    Use it to compute deadlines; both arguments must come from the same
    `ticks_*` function.
    """

def ticks_diff(ticks1: int, ticks2: int, /) -> int:
    """Return the signed number of ticks from `ticks2` to `ticks1`, allowing for wrap-around.

    The result is correct as long as the two are less than half the
    counter's period apart.
    """

def time() -> int:
    """Return whole seconds since the epoch, as the RTC keeps it.

    The epoch is 2000-01-01 on the ESP32 and 1970-01-01 on the RP2 and the
    generic board; `gmtime(0)[0]` tells which.
    """

def time_ns() -> int:
    """Return nanoseconds since the epoch."""

def localtime(secs: int | None = None, /) -> tuple[int, int, int, int, int, int, int, int]:
    """Convert seconds since the epoch (default: now) to local time.

    Returns (year, month, mday, hour, minute, second, weekday, yearday) with
    month 1-12, weekday 0-6 from Monday and yearday 1-366.
    """

def gmtime(secs: int | None = None, /) -> tuple[int, int, int, int, int, int, int, int]:
    """Convert seconds since the epoch (default: now) to UTC, in the form `localtime` returns."""

def mktime(local_time: tuple[int, int, int, int, int, int, int, int], /) -> int:
    """Convert an 8-tuple in the form `localtime` returns back to seconds since the epoch."""
