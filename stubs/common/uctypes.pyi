"""C structures over raw memory: a descriptor dict gives each field's offset and type.

`uctypes.struct(addr, {"a": 0 | uctypes.UINT8, "b": 4 | uctypes.UINT32})`
reads and writes memory at `addr` field by field.
"""

from typing import Any, Final

LITTLE_ENDIAN: Final[int]
"""Layout: packed little-endian fields."""
BIG_ENDIAN: Final[int]
"""Layout: packed big-endian fields."""
NATIVE: Final[int]
"""Layout: the CPU's byte order and alignment, as a C compiler lays a struct out."""
UINT8: Final[int]
"""Field type: unsigned 8-bit integer."""
INT8: Final[int]
"""Field type: signed 8-bit integer."""
UINT16: Final[int]
"""Field type: unsigned 16-bit integer."""
INT16: Final[int]
"""Field type: signed 16-bit integer."""
UINT32: Final[int]
"""Field type: unsigned 32-bit integer."""
INT32: Final[int]
"""Field type: signed 32-bit integer."""
UINT64: Final[int]
"""Field type: unsigned 64-bit integer."""
INT64: Final[int]
"""Field type: signed 64-bit integer."""
FLOAT32: Final[int]
"""Field type: 32-bit float."""
FLOAT64: Final[int]
"""Field type: 64-bit float."""
VOID: Final[int]
"""The pointed-to type of a void pointer: `(PTR, VOID)`."""
PTR: Final[int]
"""Descriptor flag: a pointer, `(offset | PTR, type)`."""
ARRAY: Final[int]
"""Descriptor flag: an array, `(offset | ARRAY, length, type)`."""
BFUINT8: Final[int]
"""Bitfield in an unsigned 8-bit word."""
BFINT8: Final[int]
"""Bitfield in a signed 8-bit word."""
BFUINT16: Final[int]
"""Bitfield in an unsigned 16-bit word."""
BFINT16: Final[int]
"""Bitfield in a signed 16-bit word."""
BFUINT32: Final[int]
"""Bitfield in an unsigned 32-bit word."""
BFINT32: Final[int]
"""Bitfield in a signed 32-bit word."""
BF_POS: Final[int]
"""Shift for a bitfield's starting bit: `bit << BF_POS`."""
BF_LEN: Final[int]
"""Shift for a bitfield's width: `width << BF_LEN`."""
UINT: Final[int]
"""C `unsigned int`."""
INT: Final[int]
"""C `int`."""
USHORT: Final[int]
"""C `unsigned short`."""
SHORT: Final[int]
"""C `short`."""
ULONG: Final[int]
"""C `unsigned long`."""
LONG: Final[int]
"""C `long`."""
ULONGLONG: Final[int]
"""C `unsigned long long`."""
LONGLONG: Final[int]
"""C `long long`."""

class struct:
    """A view of memory as the fields a descriptor lays out; fields are attributes."""

    def __init__(self, addr: int, descriptor: dict[str, Any], layout_type: int = ..., /) -> None:
        """View memory at address `addr` through `descriptor`, laid out as `layout_type`."""

    def __getattr__(self, name: str) -> Any:
        """Read a field (nested structures and arrays come back as views)."""

def sizeof(struct: struct | dict[str, Any], layout_type: int = ..., /) -> int:
    """Return the size in bytes of a structure or descriptor."""

def addressof(obj: bytes | bytearray | memoryview | Any, /) -> int:
    """Return the address of a buffer object's data."""

def bytes_at(addr: int, size: int, /) -> bytes:
    """Copy `size` bytes at address `addr` into a bytes object."""

def bytearray_at(addr: int, size: int, /) -> bytearray:
    """Return a bytearray over the memory at `addr` (no copy: writes go to memory)."""
