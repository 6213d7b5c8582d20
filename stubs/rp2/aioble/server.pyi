"""GATT services this device offers (the server role)."""

from typing import Any

from .core import GattError as GattError
from .core import ble as ble
from .core import ensure_active as ensure_active
from .core import log_error as log_error
from .core import log_info as log_info
from .core import log_warn as log_warn
from .core import register_irq_handler as register_irq_handler
from .device import DeviceConnection as DeviceConnection
from .device import DeviceTimeout as DeviceTimeout

class Service:
    """A GATT service: a UUID and its characteristics."""

    uuid: Any
    """Its UUID."""
    characteristics: list[Any]
    """Its characteristics, in order."""

    def __init__(self, uuid: Any) -> None:
        """A service with `uuid`; characteristics add themselves to it."""

class BaseCharacteristic:
    """What characteristics and descriptors share: a value to read and write."""

    def read(self) -> bytes:
        """This side's value."""

    def write(self, data: bytes, send_update: bool = False) -> None:
        """Set the value; `send_update` notifies or indicates subscribers."""

    async def written(self, timeout_ms: int | None = None) -> Any:
        """Wait until a client writes; return the connection (and data, when captured)."""

    def on_read(self, connection: DeviceConnection) -> int:
        """Called when a client reads; return 0 to allow it (override to refuse)."""

class Characteristic(BaseCharacteristic):
    """A characteristic of a `Service`."""

    descriptors: list[Any]
    """Its descriptors."""
    uuid: Any
    """Its UUID."""
    flags: int
    """Its property flags."""

    def __init__(
        self,
        service: Service,
        uuid: Any,
        read: bool = False,
        write: bool = False,
        write_no_response: bool = False,
        notify: bool = False,
        indicate: bool = False,
        initial: bytes | None = None,
        capture: bool = False,
    ) -> None:
        """Add a characteristic to `service` with the given properties."""

    def notify(self, connection: DeviceConnection, data: bytes | None = None) -> None:
        """Notify one client of the value (or of `data`)."""

    async def indicate(self, connection: DeviceConnection, data: bytes | None = None, timeout_ms: int = 1000) -> None:
        """Indicate the value to one client and wait for its acknowledgement."""

class BufferedCharacteristic(Characteristic):
    """A characteristic whose value may be longer than the default 20 bytes."""

    def __init__(
        self,
        service: Service,
        uuid: Any,
        read: bool = False,
        write: bool = False,
        write_no_response: bool = False,
        notify: bool = False,
        indicate: bool = False,
        initial: bytes | None = None,
        capture: bool = False,
        *,
        max_len: int = 20,
        append: bool = False,
    ) -> None:
        """As `Characteristic`, with room for `max_len` bytes; `append` keeps what clients write."""

class Descriptor(BaseCharacteristic):
    """A descriptor of a `Characteristic`."""

    uuid: Any
    """Its UUID."""
    flags: int
    """Its property flags."""

    def __init__(self, characteristic: Characteristic, uuid: Any, read: bool = False, write: bool = False, initial: bytes | None = None) -> None:
        """Add a descriptor to `characteristic`."""

def register_services(*services: Service) -> None:
    """Register the services with the BLE stack (once, before advertising)."""
