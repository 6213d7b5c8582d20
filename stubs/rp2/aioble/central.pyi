"""Scanning for devices and connecting to them (the central role)."""

from typing import Any, Iterator

from .core import ble as ble
from .core import ensure_active as ensure_active
from .core import log_error as log_error
from .core import log_info as log_info
from .core import log_warn as log_warn
from .core import register_irq_handler as register_irq_handler
from .device import Device as Device
from .device import DeviceConnection as DeviceConnection
from .device import DeviceTimeout as DeviceTimeout

class ScanResult:
    """A device seen while scanning, with what it advertised."""

    device: Device
    """The device."""
    adv_data: bytes | None
    """Its advertising payload."""
    resp_data: bytes | None
    """Its scan-response payload."""
    rssi: int | None
    """Received signal strength, in dBm."""
    connectable: bool
    """Whether it accepts connections."""

    def __init__(self, device: Device) -> None:
        """A result for `device`."""

    def __str__(self) -> str:
        """The device, its name and signal strength."""

    def name(self) -> str | None:
        """The advertised name, if any."""

    def services(self) -> Iterator[Any]:
        """The advertised service UUIDs."""

    def manufacturer(self, filter: int | None = None) -> Iterator[tuple[int, bytes]]:
        """The advertised manufacturer data as (company id, data)."""

class scan:
    """Scan for advertising devices: `async with scan(5000) as s: async for r in s: ...`."""

    def __init__(self, duration_ms: int, interval_us: int | None = None, window_us: int | None = None, active: bool = False) -> None:
        """Scan for `duration_ms` (0: until cancelled); `active` asks for scan responses."""

    async def __aenter__(self) -> scan:
        """Start scanning."""

    async def __aexit__(self, exc_type: object, exc_val: object, exc_traceback: object) -> None:
        """Stop scanning."""

    def __aiter__(self) -> scan:
        """Iterate over results."""

    async def __anext__(self) -> ScanResult:
        """Wait for the next result."""

    async def cancel(self) -> None:
        """Stop scanning now."""
