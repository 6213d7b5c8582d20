"""DS18S20, DS1822 and DS18B20 temperature sensors on a 1-Wire bus."""

from onewire import OneWire

class DS18X20:
    """The thermometers on `onewire`: `convert_temp()`, wait 750 ms, then `read_temp(rom)`."""

    def __init__(self, onewire: OneWire) -> None:
        """Use the thermometers on this bus."""

    def scan(self) -> list[bytearray]:
        """The ROM codes of the thermometers on the bus (families 0x10, 0x22, 0x28)."""

    def convert_temp(self) -> None:
        """Start a conversion on every thermometer at once."""

    def read_scratch(self, rom: bytes | bytearray, /) -> bytearray:
        """The 9-byte scratchpad of one thermometer; Exception('CRC error') if it arrives damaged."""

    def write_scratch(self, rom: bytes | bytearray, buf: bytes | bytearray, /) -> None:
        """Write the alarm and configuration bytes (TH, TL, config) of one thermometer."""

    def read_temp(self, rom: bytes | bytearray, /) -> float:
        """The last converted temperature of one thermometer, in degrees Celsius."""
