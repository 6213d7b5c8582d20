"""ESP-NOW for asyncio: awaitable send and receive."""

from typing import Any

from espnow import ESPNow

class AIOESPNow(ESPNow):
    """`espnow.ESPNow` with coroutines for sending and receiving."""

    async def arecv(self) -> list[bytes]:
        """Wait for a message; return [mac, msg] as new bytes."""

    async def airecv(self) -> list[Any]:
        """Wait for a message; return [mac, msg] in reused buffers."""

    async def asend(self, mac: bytes | None, msg: bytes | str | None = None, sync: bool = True) -> bool:
        """Send `msg` to `mac` (or `asend(msg)` to every peer)."""

    def __aiter__(self) -> AIOESPNow:
        """Iterate over incoming messages with `async for`."""

    async def __anext__(self) -> list[Any]:
        """Wait for the next message."""
