"""DEFLATE compression and decompression (raw, zlib and gzip streams)."""

from typing import Any, Final

AUTO: Final = 0
"""Format: detect zlib or gzip when reading; raw when writing."""
RAW: Final = 1
"""Format: a bare DEFLATE stream with no header."""
ZLIB: Final = 2
"""Format: a zlib stream (RFC 1950)."""
GZIP: Final = 3
"""Format: a gzip stream (RFC 1952)."""

class DeflateIO:
    """A stream that compresses what is written to it, or decompresses what is read."""

    def __init__(self, stream: Any, format: int = 0, wbits: int = 0, close: bool = False, /) -> None:
        """Wrap a blocking `stream`; `wbits` (5-15) sets the window size, 0 a default.

        `close=True` closes `stream` when this stream is closed.
        """

    def read(self, n: int = -1, /) -> bytes:
        """Read and decompress up to `n` bytes (all if -1)."""

    def readinto(self, buf: bytearray | memoryview, /) -> int:
        """Decompress into `buf`; return the count."""

    def readline(self) -> bytes:
        """Read one decompressed line."""

    def write(self, buf: bytes | bytearray | memoryview, /) -> int:
        """Compress and write `buf`; return its length."""

    def close(self) -> None:
        """Finish the stream (writing the trailer) and close it."""
