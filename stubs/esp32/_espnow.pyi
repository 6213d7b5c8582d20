"""The ESP-NOW core that `espnow` is written on (peer-to-peer Wi-Fi messages)."""

from typing import Any, Callable, Final

_Buffer = bytes | bytearray | memoryview

MAX_DATA_LEN: Final[int]
"""Longest message, in bytes (250)."""
KEY_LEN: Final[int]
"""Length of a primary or local master key (16 bytes)."""
ADDR_LEN: Final[int]
"""Length of a MAC address (6 bytes)."""
MAX_TOTAL_PEER_NUM: Final[int]
"""Most peers that can be registered (20)."""
MAX_ENCRYPT_PEER_NUM: Final[int]
"""Most peers with encryption (6)."""
RATE_LORA_250K: Final[int]
"""`config(rate=...)`: the long-range 250 kbit/s mode."""
RATE_LORA_500K: Final[int]
"""`config(rate=...)`: the long-range 500 kbit/s mode."""
RATE_1M: Final[int]
"""`config(rate=...)`: 1 Mbit/s."""
RATE_2M: Final[int]
"""`config(rate=...)`: 2 Mbit/s."""
RATE_5M: Final[int]
"""`config(rate=...)`: 5.5 Mbit/s."""
RATE_6M: Final[int]
"""`config(rate=...)`: 6 Mbit/s."""
RATE_11M: Final[int]
"""`config(rate=...)`: 11 Mbit/s."""
RATE_12M: Final[int]
"""`config(rate=...)`: 12 Mbit/s."""
RATE_24M: Final[int]
"""`config(rate=...)`: 24 Mbit/s."""
RATE_54M: Final[int]
"""`config(rate=...)`: 54 Mbit/s."""

class ESPNowBase:
    """The ESP-NOW interface; use `espnow.ESPNow`, which adds `recv`, `irecv` and iteration."""

    peers_table: dict[bytes, list[int]]
    """RSSI and time of the last message from each peer (kept when `config(rssi)`... is on)."""

    def __init__(self) -> None:
        """Get the (single) ESP-NOW interface."""

    def active(self, flag: bool = ..., /) -> bool:
        """Start (True) or stop (False) ESP-NOW; return whether it is active."""

    def config(
        self,
        param: str = ...,
        /,
        *,
        rxbuf: int = ...,
        timeout_ms: int = ...,
        rate: int = ...,
    ) -> Any:
        """Set `rxbuf` (bytes of receive buffer), `timeout_ms` (default receive wait), `rate`; or read one by name."""

    def send(self, mac: _Buffer | None, msg: _Buffer | str, sync: bool = True, /) -> bool:
        """Send `msg` to peer `mac` (None: every peer); with `sync`, wait for the acknowledgement."""

    def recvinto(self, data: list[Any], timeout_ms: int | None = None, /) -> int:
        """Receive into `data` = [peer buffer, message bytearray]; return the message length (0 on timeout)."""

    def any(self) -> bool:
        """Whether a message is waiting."""

    def stats(self) -> tuple[int, int, int, int, int]:
        """Return (sent, delivered, dropped, received, lost) packet counts."""

    def set_pmk(self, pmk: _Buffer, /) -> None:
        """Set the 16-byte primary master key."""

    def add_peer(
        self, mac: _Buffer, lmk: _Buffer | None = None, channel: int = 0, ifidx: int = 0, encrypt: bool = ..., /
    ) -> None:
        """Register a peer by MAC address, with an optional local master key `lmk`."""

    def del_peer(self, mac: _Buffer, /) -> None:
        """Forget a peer."""

    def get_peer(self, mac: _Buffer, /) -> tuple[bytes, bytes | None, int, int, bool]:
        """Return (mac, lmk, channel, ifidx, encrypt) of a peer."""

    def peer_count(self) -> tuple[int, int]:
        """Return (registered peers, encrypted peers)."""

    def get_peers(self) -> tuple[tuple[bytes, bytes | None, int, int, bool], ...]:
        """Return the `get_peer()` tuple of every peer."""

    def mod_peer(
        self, mac: _Buffer, lmk: _Buffer | None = None, channel: int = ..., ifidx: int = ..., encrypt: bool = ..., /
    ) -> None:
        """Change a peer's key, channel, interface or encryption."""

    def irq(self, callback: Callable[[Any], Any], /) -> None:
        """Call `callback` when a message arrives."""
