"""ESP32-specific functions: the internal temperature sensor, sleep wake-up sources, heap info, NVS."""

from typing import Final, Iterable

from machine import Pin

WAKEUP_ALL_LOW: Final = False
"""`wake_on_ext1` level: wake when all the selected pins are low."""
WAKEUP_ANY_HIGH: Final = True
"""`wake_on_ext1` level: wake when any of the selected pins is high."""
HEAP_DATA: Final = 4
"""`idf_heap_info` capability: memory that can hold data."""
HEAP_EXEC: Final = 1
"""`idf_heap_info` capability: memory that can hold executable code."""

def raw_temperature() -> int:
    """Return the chip's internal temperature sensor reading, in degrees Fahrenheit.

    The die runs warmer than the air around it, so this reads above room
    temperature.
    """

def wake_on_touch(wake: bool, /) -> None:
    """Choose whether a touch pad can wake the chip from sleep."""

def wake_on_ext0(pin: Pin | None, level: int) -> None:
    """Wake from sleep when `pin` (an RTC-capable GPIO) reaches `level`; None disables it."""

def wake_on_ext1(pins: Iterable[Pin] | None, level: bool) -> None:
    """Wake from sleep on several RTC-capable pins, as `WAKEUP_ALL_LOW` or `WAKEUP_ANY_HIGH` says."""

def gpio_deep_sleep_hold(enable: bool, /) -> None:
    """Keep the configuration of held pins (see `Pin(hold=True)`) through deep sleep."""

def idf_heap_info(capabilities: int, /) -> list[tuple[int, int, int, int]]:
    """Describe each ESP-IDF heap region with the given capability bits.

    Each entry is (total bytes, free bytes, largest free block, smallest free
    ever seen).
    """

class NVS:
    """A namespace in the non-volatile storage partition, for small values kept across resets."""

    def __init__(self, namespace: str, /) -> None:
        """Open (creating if needed) the namespace called `namespace`."""

    def set_i32(self, key: str, value: int, /) -> None:
        """Store a signed 32-bit integer under `key`; call `commit()` to make it permanent."""

    def get_i32(self, key: str, /) -> int:
        """Return the integer stored under `key`; a missing key raises `OSError`."""

    def set_blob(self, key: str, value: bytes | bytearray | str, /) -> None:
        """Store bytes under `key`; call `commit()` to make it permanent."""

    def get_blob(self, key: str, buffer: bytearray, /) -> int:
        """Copy the bytes stored under `key` into `buffer` and return their length."""

    def erase_key(self, key: str, /) -> None:
        """Delete `key`; a missing key raises `OSError`."""

    def commit(self) -> None:
        """Write pending changes to flash."""
