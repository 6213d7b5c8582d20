"""Pseudo-random numbers from a small, seedable generator (not for cryptography; see `os.urandom`)."""

from typing import Sequence, TypeVar, overload

_T = TypeVar("_T")

def getrandbits(n: int, /) -> int:
    """Return an integer made of `n` random bits; `n` must be 1 to 32."""

def seed(n: int | None = None, /) -> None:
    """Restart the generator from `n`, so the same sequence follows; None seeds from a hardware source."""

def random() -> float:
    """Return a float in the range [0.0, 1.0)."""

def uniform(a: float, b: float, /) -> float:
    """Return a float between `a` and `b`."""

def randint(a: int, b: int, /) -> int:
    """Return an integer from `a` to `b`, both included."""

@overload
def randrange(stop: int, /) -> int:
    """Return an integer from 0 up to, but not including, `stop`."""

@overload
def randrange(start: int, stop: int, step: int = 1, /) -> int:
    """Return a random member of range(start, stop, step); an empty range raises `ValueError`."""

def choice(sequence: Sequence[_T], /) -> _T:
    """Return a random element of a non-empty sequence; an empty one raises `IndexError`."""
