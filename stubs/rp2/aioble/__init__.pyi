"""Bluetooth Low Energy with asyncio (micropython-lib's `aioble`, frozen into the Pico W firmware).

Advertise and accept connections (`advertise`), scan and connect
(`scan`, `Device.connect`), serve GATT (`Service`, `Characteristic`) or use a
peer's (`DeviceConnection.service`).
"""

from typing import Final

from .central import scan as scan
from .core import GattError as GattError
from .core import config as config
from .core import log_error as log_error
from .core import log_info as log_info
from .core import log_warn as log_warn
from .core import stop as stop
from .device import Device as Device
from .device import DeviceDisconnectedError as DeviceDisconnectedError
from .peripheral import advertise as advertise
from .server import BufferedCharacteristic as BufferedCharacteristic
from .server import Characteristic as Characteristic
from .server import Descriptor as Descriptor
from .server import Service as Service
from .server import register_services as register_services

ADDR_PUBLIC: Final = 0
"""Address type: a public (IEEE-assigned) address."""
ADDR_RANDOM: Final = 1
"""Address type: a random address."""
