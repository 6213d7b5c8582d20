"""ESP-NOW: short messages straight between ESP32 boards, over Wi-Fi without an access point.

Activate a `network.WLAN` interface first, then `e = ESPNow(); e.active(True)`.
"""

from typing import Any, Callable

from _espnow import *
from _espnow import ESPNowBase as ESPNowBase

class ESPNow(ESPNowBase):
    """The ESP-NOW interface, with receiving made easy."""

    def __init__(self) -> None:
        """Get the ESP-NOW interface."""

    def irecv(self, timeout_ms: int | None = None) -> list[Any] | tuple[None, None]:
        """Receive without allocating: [mac, msg] in buffers reused by the next call, or (None, None)."""

    def recv(self, timeout_ms: int | None = None) -> list[bytes] | tuple[None, None]:
        """Receive a message: [mac, msg] as new bytes, or (None, None) on timeout."""

    def irq(self, callback: Callable[[ESPNow], Any], /) -> None:
        """Call `callback(espnow)` when a message arrives."""

    def __iter__(self) -> ESPNow:
        """Iterate over incoming messages."""

    def __next__(self) -> list[Any] | tuple[None, None]:
        """Wait for the next message (as `irecv()`)."""
