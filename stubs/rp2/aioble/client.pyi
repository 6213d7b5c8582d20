"""A connected peer's GATT services, characteristics and descriptors (the client role)."""

from typing import Any

from .core import GattError as GattError
from .core import ble as ble
from .core import register_irq_handler as register_irq_handler
from .device import DeviceConnection as DeviceConnection

class ClientDiscover:
    """An `async for` over services, characteristics or descriptors found on the peer."""

    def __init__(self, connection: DeviceConnection, disc_type: Any, parent: Any, timeout_ms: int, *args: Any) -> None:
        """Discover items of `disc_type` under `parent`."""

    def __aiter__(self) -> ClientDiscover:
        """Iterate over what is found."""

    async def __anext__(self) -> Any:
        """Wait for the next item."""

class ClientService:
    """A service on the peer."""

    connection: DeviceConnection
    """The connection it was found on."""
    uuid: Any
    """Its UUID."""

    def __init__(self, connection: DeviceConnection, start_handle: int, end_handle: int, uuid: Any) -> None:
        """A service between two handles."""

    def __str__(self) -> str:
        """Its UUID and handles."""

    async def characteristic(self, uuid: Any, timeout_ms: int = 2000) -> ClientCharacteristic | None:
        """Find the characteristic with `uuid`."""

    def characteristics(self, uuid: Any = None, timeout_ms: int = 2000) -> ClientDiscover:
        """Iterate over its characteristics."""

class BaseClientCharacteristic:
    """What characteristics and descriptors on the peer share: read and write."""

    uuid: Any
    """Its UUID."""
    properties: int
    """Its property flags (read, write, notify, ...)."""

    def __init__(self, value_handle: int, properties: int, uuid: Any) -> None:
        """An item at `value_handle`."""

    async def read(self, timeout_ms: int = 1000) -> bytes:
        """Read its value from the peer."""

    async def write(self, data: bytes, response: bool | None = None, timeout_ms: int = 1000) -> None:
        """Write a value; `response=True` waits for the peer's acknowledgement."""

class ClientCharacteristic(BaseClientCharacteristic):
    """A characteristic on the peer."""

    service: ClientService
    """The service it belongs to."""
    connection: DeviceConnection
    """The connection it was found on."""

    def __init__(self, service: ClientService, end_handle: int, value_handle: int, properties: int, uuid: Any) -> None:
        """A characteristic of `service`."""

    def __str__(self) -> str:
        """Its UUID and handles."""

    async def descriptor(self, uuid: Any, timeout_ms: int = 2000) -> ClientDescriptor | None:
        """Find the descriptor with `uuid`."""

    def descriptors(self, timeout_ms: int = 2000) -> ClientDiscover:
        """Iterate over its descriptors."""

    async def notified(self, timeout_ms: int | None = None) -> bytes:
        """Wait for a notification; return its data."""

    async def indicated(self, timeout_ms: int | None = None) -> bytes:
        """Wait for an indication; return its data."""

    async def subscribe(self, notify: bool = True, indicate: bool = False) -> None:
        """Ask the peer for notifications and/or indications."""

class ClientDescriptor(BaseClientCharacteristic):
    """A descriptor on the peer."""

    characteristic: ClientCharacteristic
    """The characteristic it belongs to."""

    def __init__(self, characteristic: ClientCharacteristic, dsc_handle: int, uuid: Any) -> None:
        """A descriptor of `characteristic`."""

    def __str__(self) -> str:
        """Its UUID and handle."""
