"""The Dallas/Maxim 1-Wire bus on one pin."""

from typing import Final

from machine import Pin

class OneWireError(Exception):
    """No device answered a reset that required one."""

class OneWire:
    """A 1-Wire bus on `pin` (set to open drain with a pull-up)."""

    SEARCH_ROM: Final[int] = 0xF0
    """The ROM command that starts a search for the devices on the bus."""
    MATCH_ROM: Final[int] = 0x55
    """The ROM command that addresses one device by its 8-byte ROM code."""
    SKIP_ROM: Final[int] = 0xCC
    """The ROM command that addresses every device on the bus at once."""

    def __init__(self, pin: Pin) -> None:
        """Drive the bus on `pin`."""

    def reset(self, required: bool = False) -> bool:
        """Reset the bus; True if a device answered. With `required`, no answer raises OneWireError."""

    def readbit(self) -> int:
        """Read one bit."""

    def readbyte(self) -> int:
        """Read one byte, least significant bit first."""

    def readinto(self, buf: bytearray, /) -> None:
        """Fill `buf` with bytes read from the bus."""

    def writebit(self, value: int, /) -> None:
        """Write one bit."""

    def writebyte(self, value: int, /) -> None:
        """Write one byte, least significant bit first."""

    def write(self, buf: bytes | bytearray, /) -> None:
        """Write every byte of `buf`."""

    def select_rom(self, rom: bytes | bytearray, /) -> None:
        """Reset, then address the device with this 8-byte ROM code."""

    def scan(self) -> list[bytearray]:
        """The ROM codes of every device on the bus."""

    def crc8(self, data: bytes | bytearray, /) -> int:
        """The 1-Wire CRC-8 of `data` (0 when `data` ends with its own CRC)."""
