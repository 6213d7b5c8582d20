"""Threads. On the simulated board threads take turns (cooperatively) on one interpreter."""

from typing import Any, Callable, Self

class LockType:
    """A lock that one thread at a time can hold."""

    def __init__(self) -> None:
        """Make an unlocked lock (as `allocate_lock()` does)."""

    def acquire(self, waitflag: int = 1, timeout: float = -1, /) -> bool:
        """Take the lock, waiting if `waitflag` is true (up to `timeout` seconds, -1 forever); return whether it was taken."""

    def release(self) -> None:
        """Give the lock back; raises `RuntimeError` if it is not held."""

    def locked(self) -> bool:
        """Return whether some thread holds the lock."""

    def __enter__(self) -> Self:
        """Take the lock for a `with` block."""

    def __exit__(self, exc_type: object, exc: object, traceback: object, /) -> None:
        """Release the lock at the end of a `with` block."""

def start_new_thread(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any] = ..., /) -> int:
    """Run `function(*args, **kwargs)` in a new thread and return the thread's id."""

def allocate_lock() -> LockType:
    """Return a new, unlocked lock."""

def get_ident() -> int:
    """Return the id of the calling thread."""

def exit() -> None:
    """End the calling thread (raises `SystemExit` inside it)."""

def stack_size(size: int = ..., /) -> int:
    """Return the stack size new threads get (0: the default); with `size`, set it and return the old one."""
