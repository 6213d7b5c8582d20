"""Packing numbers into bytes and back, by format strings such as "<hHI".

A format starts with an optional byte order (`<` little, `>` or `!` big,
`@` native with alignment, `=` native without), then codes: b/B 8-bit,
h/H 16-bit, i/I and l/L 32-bit, q/Q 64-bit, e/f/d floats, s bytes, P
pointer, x padding. A count before a code repeats it.
"""

from array import array
from typing import Any

def calcsize(fmt: str | bytes, /) -> int:
    """Return the number of bytes `fmt` describes."""

def pack(fmt: str | bytes, /, *values: Any) -> bytes:
    """Pack `values` by `fmt`; a wrong count raises `ValueError`."""

def pack_into(fmt: str | bytes, buffer: bytearray | memoryview | array[Any], offset: int, /, *values: Any) -> None:
    """Pack `values` by `fmt` into `buffer` at `offset` (negative counts from the end)."""

def unpack(fmt: str | bytes, data: bytes | bytearray | memoryview, /) -> tuple[Any, ...]:
    """Unpack `data`, which must be exactly `calcsize(fmt)` bytes long."""

def unpack_from(fmt: str | bytes, data: bytes | bytearray | memoryview, offset: int = 0, /) -> tuple[Any, ...]:
    """Unpack from `data` starting at `offset` (negative counts from the end)."""
