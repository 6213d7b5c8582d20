"""Wi-Fi networking. On the simulated board the radio sees a fixed list of example networks.

Real boards have this module only when they have a radio: the ESP32 and the
Pico W do, a plain Pico does not. Constant values differ between ports;
compare against the names, never against numbers.
"""

from typing import Any, Final, overload

STA_IF: Final[int]
"""Interface id of the station (client) interface, which joins an access point."""
AP_IF: Final[int]
"""Interface id of the access-point interface, which other devices join."""
STAT_IDLE: Final[int]
"""`WLAN.status()`: not connected and not trying to connect."""
STAT_CONNECTING: Final[int]
"""`WLAN.status()`: a connection attempt is in progress."""
STAT_WRONG_PASSWORD: Final[int]
"""`WLAN.status()`: the access point rejected the key."""
STAT_NO_AP_FOUND: Final[int]
"""`WLAN.status()`: no access point with the requested SSID answered."""
STAT_GOT_IP: Final[int]
"""`WLAN.status()`: connected, with an IP address."""
STAT_CONNECT_FAIL: Final[int]
"""`WLAN.status()`: the connection failed for another reason."""

@overload
def hostname() -> str:
    """Return the host name the board announces over DHCP."""

@overload
def hostname(name: str, /) -> None:
    """Set the host name announced on later connections (at most 32 characters)."""

@overload
def country() -> str:
    """Return the two-letter Wi-Fi regulatory country code."""

@overload
def country(code: str, /) -> None:
    """Set the two-letter Wi-Fi regulatory country code, such as "GB"."""

class WLAN:
    """A Wi-Fi interface: the station (`STA_IF`) or the access point (`AP_IF`)."""

    IF_STA: Final[int]
    """The station interface id, the same value as `network.STA_IF`."""
    IF_AP: Final[int]
    """The access-point interface id, the same value as `network.AP_IF`."""
    PM_NONE: Final[int]
    """`config(pm=...)`: no power saving, lowest latency."""
    PM_PERFORMANCE: Final[int]
    """`config(pm=...)`: light power saving (the default)."""
    PM_POWERSAVE: Final[int]
    """`config(pm=...)`: most power saving, highest latency."""
    SEC_OPEN: Final[int]
    """`security`: an open network."""
    SEC_WPA_WPA2: Final[int]
    """`security`: WPA/WPA2 personal."""
    SEC_WPA3: Final[int]
    """`security`: WPA3 personal."""
    SEC_WPA2_WPA3: Final[int]
    """`security`: WPA2/WPA3 personal."""

    def __init__(self, interface_id: int = ..., /) -> None:
        """Get the interface `interface_id` (default: the station interface)."""

    @overload
    def active(self) -> bool:
        """Return whether the interface is switched on."""

    @overload
    def active(self, is_active: bool, /) -> None:
        """Switch the interface on or off; it must be on to scan or connect."""

    def connect(self, ssid: str | None = None, key: str | None = None, *, bssid: bytes | None = None) -> None:
        """Start joining the network `ssid` with password `key`; returns before the connection is made.

        Poll `isconnected()` or `status()` to see when it succeeds. Raises
        `OSError` if the interface is not active.
        """

    def disconnect(self) -> None:
        """Leave the current network."""

    def scan(self) -> list[tuple[bytes, bytes, int, int, int, bool]]:
        """Return the visible networks as (ssid, bssid, channel, RSSI in dBm, security, hidden) tuples."""

    @overload
    def status(self) -> int:
        """Return the connection state as one of the `STAT_*` constants."""

    @overload
    def status(self, param: str, /) -> Any:
        """Return a named status value, such as "rssi" (signal strength in dBm) or "stations"."""

    def isconnected(self) -> bool:
        """Return True when connected and holding an IP address (station) or when a device is connected (AP)."""

    @overload
    def ifconfig(self) -> tuple[str, str, str, str]:
        """Return (IP address, netmask, gateway, DNS server) as dotted strings."""

    @overload
    def ifconfig(self, config: tuple[str, str, str, str] | str, /) -> None:
        """Set a static (IP, netmask, gateway, DNS) configuration, or "dhcp" to use DHCP again."""

    @overload
    def config(self, param: str, /) -> Any:
        """Return one setting by name, such as "mac", "ssid", "channel", "hostname" or "txpower"."""

    @overload
    def config(
        self,
        *,
        ssid: str = ...,
        essid: str = ...,
        key: str = ...,
        password: str = ...,
        channel: int = ...,
        hidden: bool = ...,
        security: int = ...,
        authmode: int = ...,
        reconnects: int = ...,
        txpower: float = ...,
        mac: bytes = ...,
        hostname: str = ...,
        dhcp_hostname: str = ...,
        pm: int = ...,
        max_clients: int = ...,
        protocol: int = ...,
        bandwidth: int = ...,
        antenna: int = ...,
        trace: int = ...,
        monitor: bool = ...,
    ) -> None:
        """Change settings: `ssid`/`key`/`channel`/`hidden`/`security`/`max_clients` for the access point,
        `reconnects` (retries, -1 forever) for the station, and `txpower` (dBm), `mac`, `hostname`, `pm`
        (power management: `PM_*`) for both. ESP32 only: `protocol` (`network.MODE_*` OR-ed) and
        `bandwidth`; Pico W only: `antenna`, `trace`, `monitor`."""

    @overload
    def ipconfig(self, param: str, /) -> Any:
        """Return one IP setting by name: "addr4", "addr6", "gw4", "dhcp4", "has_dhcp4", ..."""

    @overload
    def ipconfig(
        self, *, addr4: str | tuple[str, str] = ..., gw4: str = ..., dhcp4: bool = ..., autoconf6: bool = ..., dhcp6: bool = ...
    ) -> None:
        """Set IP settings: a static `addr4` ("a.b.c.d/nn") and `gw4`, or `dhcp4=True`."""

@overload
def ipconfig(param: str, /) -> Any:
    """Return a global IP setting by name: "dns" or "prefer"."""

@overload
def ipconfig(*, dns: str = ..., prefer: int = ...) -> None:
    """Set the DNS server or the preferred IP version for name lookups."""

class PPP:
    """A network interface over a serial link with the Point-to-Point Protocol (a modem)."""

    SEC_NONE: Final[int]
    """`connect(security=...)`: no authentication."""
    SEC_PAP: Final[int]
    """`connect(security=...)`: PAP authentication."""
    SEC_CHAP: Final[int]
    """`connect(security=...)`: CHAP authentication."""

    def __init__(self, stream: Any, /) -> None:
        """Run PPP over `stream`, usually a `machine.UART` to the modem."""

    def connect(self, security: int = ..., user: str | None = None, key: str | None = None) -> None:
        """Start the link (the modem must already be in data mode)."""

    def disconnect(self) -> None:
        """Close the link."""

    def isconnected(self) -> bool:
        """Whether the link is up with an IP address."""

    def status(self) -> int:
        """Return the link's state."""

    @overload
    def config(self, param: str, /) -> Any:
        """Return a setting by name."""

    @overload
    def config(self, *, stream: Any = ...) -> None:
        """Change settings (the `stream`)."""

    def ipconfig(self, param: str, /) -> Any:
        """Return an IP setting by name, as `WLAN.ipconfig`."""

    @overload
    def ifconfig(self) -> tuple[str, str, str, str]:
        """Return (IP, netmask, gateway, DNS)."""

    @overload
    def ifconfig(self, config: tuple[str, str, str, str], /) -> None:
        """Set a static configuration."""

    def poll(self, irq_arg: Any = ..., /) -> int:
        """Feed bytes waiting on the stream to PPP; return how many (the interface calls it itself)."""

