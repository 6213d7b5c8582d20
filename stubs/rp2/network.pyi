"""The Pico W's networking: the CYW43 Wi-Fi chip."""

from typing import Any

def route() -> list[Any]:
    """Return the routing table."""

class WLAN:
    def deinit(self) -> None:
        """Switch the Wi-Fi chip off and release it."""

    def ioctl(self, cmd: int, arg: Any, /) -> Any:
        """Send a raw command to the CYW43 driver."""

    def send_ethernet(self, buf: bytes | bytearray | memoryview, /) -> None:
        """Send a raw Ethernet frame (for monitor and bridge uses)."""
