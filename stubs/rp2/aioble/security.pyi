"""Pairing and bonding, with the keys kept in a file."""

from typing import Any

from .core import ble as ble
from .core import log_info as log_info
from .core import log_warn as log_warn
from .core import register_irq_handler as register_irq_handler
from .device import DeviceConnection as DeviceConnection

def load_secrets(path: str | None = None) -> None:
    """Load bonding keys from `path` ("ble_secrets.json" by default) and save new ones there."""

async def pair(
    connection: DeviceConnection,
    bond: bool = True,
    le_secure: bool = True,
    mitm: bool = False,
    io: int = ...,
    timeout_ms: int = 20000,
) -> None:
    """Pair over `connection`; `bond` stores the keys."""

