"""Control of the garbage collector and reports on heap use."""

from typing import overload

def enable() -> None:
    """Turn automatic garbage collection back on."""

def disable() -> None:
    """Stop automatic collection; allocation still works and `collect()` can be called."""

def isenabled() -> bool:
    """Return whether automatic collection is on."""

def collect() -> None:
    """Free every object that is no longer reachable, now."""

def mem_alloc() -> int:
    """Return the number of heap bytes in use."""

def mem_free() -> int:
    """Return the number of heap bytes available, or -1 if unknown."""

@overload
def threshold() -> int:
    """Return the allocation threshold, or -1 when none is set."""

@overload
def threshold(amount: int, /) -> None:
    """Collect automatically after `amount` more bytes have been allocated; -1 removes the threshold."""
