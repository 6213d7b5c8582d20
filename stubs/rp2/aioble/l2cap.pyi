"""L2CAP connection-oriented channels: a byte stream over a BLE connection."""

from typing import Any

from .core import ble as ble
from .core import log_error as log_error
from .core import register_irq_handler as register_irq_handler
from .device import DeviceConnection as DeviceConnection

class L2CAPDisconnectedError(Exception):
    """The channel closed during an operation."""

class L2CAPConnectionError(Exception):
    """The channel could not be opened."""

class L2CAPChannel:
    """An open L2CAP channel."""

    our_mtu: int
    """The largest packet this side receives."""
    peer_mtu: int
    """The largest packet the peer receives."""

    def __init__(self, connection: DeviceConnection) -> None:
        """A channel on `connection` (made by `accept`/`connect`)."""

    def available(self) -> bool:
        """Whether received data is waiting."""

    async def recvinto(self, buf: bytearray | memoryview, timeout_ms: int | None = None) -> int:
        """Receive into `buf`; return the count."""

    async def send(self, buf: bytes | bytearray | memoryview, timeout_ms: int | None = None, chunk_size: int | None = None) -> None:
        """Send `buf`, in packets of at most `chunk_size`."""

    async def flush(self, timeout_ms: int | None = None) -> None:
        """Wait until everything sent has left."""

    async def disconnect(self, timeout_ms: int = 1000) -> None:
        """Close the channel."""

    async def disconnected(self, timeout_ms: int = 1000) -> None:
        """Wait until the channel closes."""

    async def __aenter__(self) -> L2CAPChannel:
        """Use the channel in `async with`, closing it at the end."""

    async def __aexit__(self, exc_type: object, exc_val: object, exc_traceback: object) -> None:
        """Close the channel."""

async def accept(connection: DeviceConnection, psm: int, mtu: int, timeout_ms: int | None) -> L2CAPChannel:
    """Wait for the peer to open a channel on `psm`."""

async def connect(connection: DeviceConnection, psm: int, mtu: int, timeout_ms: int) -> L2CAPChannel:
    """Open a channel to the peer's `psm`."""

