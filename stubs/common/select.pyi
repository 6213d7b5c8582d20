"""Waiting on several streams at once until one can be read or written."""

from typing import Any, Final, Iterator

POLLIN: Final = 1
"""Event: data is available to read."""
POLLOUT: Final = 4
"""Event: the stream can accept more data."""
POLLERR: Final = 8
"""Event: an error happened on the stream (always reported)."""
POLLHUP: Final = 16
"""Event: the other end closed the stream (always reported)."""

class _Poll:
    """A set of streams to watch, as made by `poll()`."""

    def register(self, obj: Any, eventmask: int = 5, /) -> None:
        """Watch `obj` for the events in `eventmask` (default `POLLIN | POLLOUT`)."""

    def unregister(self, obj: Any, /) -> None:
        """Stop watching `obj`."""

    def modify(self, obj: Any, eventmask: int, /) -> None:
        """Change the events watched for `obj`; raises `OSError(ENOENT)` if it is not registered."""

    def poll(self, timeout: int = -1, /) -> list[tuple[Any, int]]:
        """Wait up to `timeout` ms (-1: forever) and return (obj, events) for each ready stream."""

    def ipoll(self, timeout: int = -1, flags: int = 0, /) -> Iterator[tuple[Any, int]]:
        """Like `poll()` but yields reused tuples instead of building a list; flag 1 makes it one-shot."""

def poll() -> _Poll:
    """Return a new, empty set of streams to watch."""

def select(rlist: list[Any], wlist: list[Any], xlist: list[Any], timeout: float = ..., /) -> tuple[list[Any], list[Any], list[Any]]:
    """Wait until streams in `rlist` can be read or in `wlist` written, or `timeout` seconds pass.

    Returns the three lists filtered to the ready streams. Prefer `poll()`,
    which is cheaper.
    """
