"""Compact arrays of numbers of one type, usable wherever a bytes-like buffer is accepted.

Type codes: b/B 8-bit, h/H 16-bit, i/I and l/L 32-bit, q/Q 64-bit
integers (lower case signed), f/d floats.
"""

from typing import Generic, Iterable, Iterator, TypeVar, overload

_T = TypeVar("_T", int, float)

class array(Generic[_T]):
    """A growable array of numbers stored as raw machine values."""

    @overload
    def __init__(self: array[int], typecode: str, /) -> None:
        """Make an empty array of type `typecode`."""

    @overload
    def __init__(self, typecode: str, iterable: Iterable[_T] | bytes | bytearray, /) -> None:
        """Make an array of type `typecode` from the numbers in `iterable` (or the raw contents of a bytes object)."""

    def append(self, val: _T, /) -> None:
        """Add one number at the end; it must fit the type code."""

    def extend(self, iterable: Iterable[_T], /) -> None:
        """Add every number of `iterable` at the end."""

    def __len__(self) -> int:
        """Return the number of elements."""

    def __iter__(self) -> Iterator[_T]:
        """Iterate over the elements."""

    @overload
    def __getitem__(self, index: int, /) -> _T:
        """Return the element at `index`."""

    @overload
    def __getitem__(self, index: slice, /) -> array[_T]:
        """Return a new array holding a slice."""

    @overload
    def __setitem__(self, index: int, value: _T, /) -> None:
        """Replace the element at `index`."""

    @overload
    def __setitem__(self, index: slice, value: array[_T], /) -> None:
        """Replace a slice with the elements of another array."""

    def __add__(self, other: array[_T], /) -> array[_T]:
        """Return a new array with `other`'s elements after this one's."""

    def __iadd__(self, other: array[_T], /) -> array[_T]:
        """Append `other`'s elements in place."""

    def __buffer__(self, flags: int, /) -> memoryview:
        """Expose the raw element bytes, so the array works wherever bytes are accepted."""
