"""The WebSocket framing WebREPL uses, over a stream."""

from typing import Any

class websocket:
    """A stream that reads and writes WebSocket frames over another stream."""

    def __init__(self, sock: Any, is_client: bool = False, /) -> None:
        """Wrap `sock`; `is_client=True` masks outgoing frames as a client must."""

    def read(self, size: int = ..., /) -> bytes:
        """Read up to `size` bytes of frame payload."""

    def readinto(self, buf: bytearray | memoryview, /) -> int | None:
        """Read payload into `buf`."""

    def readline(self) -> bytes:
        """Read one line of payload."""

    def write(self, buf: bytes | bytearray | memoryview, /) -> int:
        """Send `buf` in one frame."""

    def ioctl(self, req: int, arg: int, /) -> int:
        """Stream control (used by `select`)."""

    def close(self) -> None:
        """Close the WebSocket and the stream under it."""
