"""In-memory streams and file objects."""

from typing import Any, Iterator, Self, overload

class _Stream:
    """Methods every MicroPython stream shares."""

    def close(self) -> None:
        """Close the stream; later reads and writes raise `OSError`."""

    def flush(self) -> None:
        """Push buffered writes out."""

    def seek(self, offset: int, whence: int = 0, /) -> int:
        """Move to `offset` from the start (whence 0), the current position (1) or the end (2); return the new position."""

    def tell(self) -> int:
        """Return the current position."""

    def __enter__(self) -> Self:
        """Use the stream in a `with` block, which closes it at the end."""

    def __exit__(self, exc_type: object, exc: object, traceback: object, /) -> None:
        """Close the stream at the end of a `with` block."""

class IOBase:
    """Base for a stream written in Python: define `readinto`, `write` and `ioctl`, and `select.poll` and asyncio can wait on it."""

class StringIO(_Stream):
    """A text stream kept in memory."""

    def __init__(self, string: str = "", /) -> None:
        """Make a stream holding `string`, positioned at its start."""

    def read(self, size: int = -1, /) -> str:
        """Read up to `size` characters (all remaining if -1)."""

    def readline(self, size: int = -1, /) -> str:
        """Read one line, including its newline."""

    def write(self, s: str, /) -> int:
        """Write `s` at the current position and return its length."""

    def getvalue(self) -> str:
        """Return everything the stream holds."""

    def __iter__(self) -> Iterator[str]:
        """Iterate over the remaining lines."""

class BytesIO(_Stream):
    """A binary stream kept in memory."""

    def __init__(self, data: bytes | bytearray = b"", /) -> None:
        """Make a stream holding a copy of `data`, positioned at its start."""

    def read(self, size: int = -1, /) -> bytes:
        """Read up to `size` bytes (all remaining if -1)."""

    def readinto(self, buf: bytearray | memoryview, /) -> int:
        """Read into `buf` and return the number of bytes read."""

    def readline(self, size: int = -1, /) -> bytes:
        """Read one line, including its newline byte."""

    @overload
    def write(self, b: bytes | bytearray | memoryview, /) -> int:
        """Write `b` at the current position and return its length."""

    @overload
    def write(self, b: bytes | bytearray | memoryview, length: int, /) -> int:
        """Write the first `length` bytes of `b` (MicroPython's stream extension)."""

    @overload
    def write(self, b: bytes | bytearray | memoryview, offset: int, length: int, /) -> int:
        """Write `length` bytes of `b` starting at `offset` (MicroPython's stream extension)."""

    def getvalue(self) -> bytes:
        """Return everything the stream holds."""

    def __iter__(self) -> Iterator[bytes]:
        """Iterate over the remaining lines."""

def open(name: str, mode: str = "r", /) -> Any:
    """Open a file, exactly as the built-in `open()` does."""

# Names below are not in MicroPython's `io` module but are the types of the
# objects `open()` returns; the type checker's own stubs for built-in
# functions import them from here.

class TextIOWrapper(_Stream):
    """(Type checking only.) A file opened in text mode."""

    def read(self, size: int = -1, /) -> str:
        """Read up to `size` characters (all remaining if -1)."""

    def readline(self, size: int = -1, /) -> str:
        """Read one line, including its newline; "" at the end of the file."""

    def readlines(self) -> list[str]:
        """Read all remaining lines."""

    def write(self, s: str, /) -> int:
        """Write `s` and return its length."""

    def __iter__(self) -> Iterator[str]:
        """Iterate over the remaining lines."""

class FileIO(_Stream):
    """(Type checking only.) A file opened in binary mode."""

    def read(self, size: int = -1, /) -> bytes:
        """Read up to `size` bytes (all remaining if -1)."""

    def readinto(self, buf: bytearray | memoryview, /) -> int:
        """Read into `buf` and return the number of bytes read."""

    def readline(self, size: int = -1, /) -> bytes:
        """Read one line, including its newline byte; b"" at the end of the file."""

    def readlines(self) -> list[bytes]:
        """Read all remaining lines."""

    def write(self, b: bytes | bytearray | memoryview, /) -> int:
        """Write `b` and return its length."""

    def __iter__(self) -> Iterator[bytes]:
        """Iterate over the remaining lines."""

BufferedReader = FileIO
"""(Type checking only.) A file opened for binary reading."""
BufferedWriter = FileIO
"""(Type checking only.) A file opened for binary writing."""
BufferedRandom = FileIO
"""(Type checking only.) A file opened for binary reading and writing."""
