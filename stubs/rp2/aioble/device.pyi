"""Remote devices and connections to them."""

from typing import Any, Callable

from .core import ble as ble
from .core import log_error as log_error
from .core import register_irq_handler as register_irq_handler

class DeviceDisconnectedError(Exception):
    """The device disconnected during an operation."""

class DeviceTimeout:
    """A context manager that cancels an operation when a timeout runs out or the device disconnects."""

    def __init__(self, connection: DeviceConnection | None, timeout_ms: int | None) -> None:
        """Watch `connection` for at most `timeout_ms`."""

    async def __aenter__(self) -> None:
        """Start watching."""

    async def __aexit__(self, exc_type: object, exc_val: object, exc_traceback: object) -> None:
        """Stop watching."""

    def __enter__(self) -> None:
        """Start watching."""

    def __exit__(self, exc_type: object, exc_val: object, exc_traceback: object) -> None:
        """Stop watching."""

class Device:
    """A BLE device by address type and address."""

    addr_type: int
    """`ADDR_PUBLIC` or `ADDR_RANDOM`."""
    addr: bytes
    """The 6-byte address."""

    def __init__(self, addr_type: int, addr: bytes | str) -> None:
        """A device with this address (bytes, or "aa:bb:cc:dd:ee:ff")."""

    def __eq__(self, rhs: object) -> bool:
        """Same address type and address."""

    def __hash__(self) -> int:
        """Hash of the address."""

    def __str__(self) -> str:
        """The address as text."""

    def addr_hex(self) -> str:
        """The address as "aa:bb:cc:dd:ee:ff"."""

    async def connect(self, timeout_ms: int = 10000, scan_duration_ms: int | None = None, min_conn_interval_us: int | None = None, max_conn_interval_us: int | None = None) -> DeviceConnection:
        """Connect to the device (as central); return the connection."""

class DeviceConnection:
    """A connection to a device, as central or peripheral."""

    device: Device
    """The device at the other end."""
    encrypted: bool
    """Whether the link is encrypted."""
    authenticated: bool
    """Whether the pairing was authenticated."""
    bonded: bool
    """Whether the devices are bonded."""
    key_size: int
    """The encryption key size."""
    mtu: int | None
    """The exchanged MTU, if any."""

    def __init__(self, device: Device) -> None:
        """A connection to `device` (made by aioble)."""

    def disconnect(self, timeout_ms: int = 2000) -> Any:
        """Disconnect (awaitable)."""

    async def disconnected(self, timeout_ms: int | None = None, disconnect: bool = False) -> None:
        """Wait until the connection ends."""

    async def service(self, uuid: Any, timeout_ms: int = 2000) -> Any:
        """Find the peer's service with `uuid` (a `client.ClientService`), or None."""

    def services(self, uuid: Any = None, timeout_ms: int = 2000) -> Any:
        """Iterate (`async for`) over the peer's services."""

    async def pair(
        self, bond: bool = True, le_secure: bool = True, mitm: bool = False, io: int = ..., timeout_ms: int | None = None
    ) -> None:
        """Pair with the device: bond (remember the keys), LE secure connections, MITM protection."""

    def is_connected(self) -> bool:
        """Whether the connection is up."""

    def timeout(self, timeout_ms: int | None) -> DeviceTimeout:
        """A context manager cancelling the body after `timeout_ms` or on disconnect."""

    async def exchange_mtu(self, mtu: int | None = None, timeout_ms: int = 1000) -> int:
        """Agree an MTU with the peer; return it."""

    async def l2cap_accept(self, psm: int, mtu: int, timeout_ms: int | None = None) -> Any:
        """Accept an L2CAP channel on `psm`."""

    async def l2cap_connect(self, psm: int, mtu: int, timeout_ms: int = 1000) -> Any:
        """Open an L2CAP channel to `psm`."""

    async def __aenter__(self) -> DeviceConnection:
        """Use the connection in `async with`, disconnecting at the end."""

    async def __aexit__(self, exc_type: object, exc_val: object, exc_traceback: object) -> None:
        """Disconnect."""

    device_task: Any
    """The task waiting on this connection, if any."""

