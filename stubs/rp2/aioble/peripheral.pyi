"""Advertising and accepting connections (the peripheral role)."""

from typing import Any

from .core import ble as ble
from .core import ensure_active as ensure_active
from .core import log_error as log_error
from .core import log_info as log_info
from .core import log_warn as log_warn
from .core import register_irq_handler as register_irq_handler
from .device import Device as Device
from .device import DeviceConnection as DeviceConnection
from .device import DeviceTimeout as DeviceTimeout

async def advertise(
    interval_us: int,
    adv_data: bytes | None = None,
    resp_data: bytes | None = None,
    connectable: bool = True,
    limited_disc: bool = False,
    br_edr: bool = False,
    name: str | None = None,
    services: list[Any] | None = None,
    appearance: int = 0,
    manufacturer: tuple[int, bytes] | None = None,
    timeout_ms: int | None = None,
) -> DeviceConnection:
    """Advertise until a central connects; return the connection."""
