"""The ESP32's networking: Wi-Fi with ESP-IDF's status codes, Ethernet (`LAN`) and PPP."""

from typing import Any, Final, overload

AUTH_OPEN: Final[int]
"""Security of a scanned network: open."""
AUTH_WEP: Final[int]
"""Security of a scanned network: WEP."""
AUTH_WPA_PSK: Final[int]
"""Security of a scanned network: WPA personal."""
AUTH_WPA2_PSK: Final[int]
"""Security of a scanned network: WPA2 personal."""
AUTH_WPA_WPA2_PSK: Final[int]
"""Security of a scanned network: WPA/WPA2 personal."""
AUTH_WPA2_ENTERPRISE: Final[int]
"""Security of a scanned network: WPA2 enterprise."""
AUTH_WPA3_PSK: Final[int]
"""Security of a scanned network: WPA3 personal."""
AUTH_WPA2_WPA3_PSK: Final[int]
"""Security of a scanned network: WPA2/WPA3 personal."""
AUTH_WAPI_PSK: Final[int]
"""Security of a scanned network: WAPI."""
AUTH_OWE: Final[int]
"""Security of a scanned network: OWE (enhanced open)."""
AUTH_WPA3_ENT_192: Final[int]
"""Security of a scanned network: WPA3 enterprise 192-bit."""
AUTH_WPA3_EXT_PSK: Final[int]
"""Security of a scanned network: WPA3 personal with extended keys."""
AUTH_WPA3_EXT_PSK_MIXED_MODE: Final[int]
"""Security of a scanned network: WPA3 personal, extended keys mixed."""
AUTH_MAX: Final[int]
"""One past the last `AUTH_*` value."""
MODE_11B: Final[int]
"""`WLAN.config(protocol=...)` flag: 802.11b."""
MODE_11G: Final[int]
"""`WLAN.config(protocol=...)` flag: 802.11g."""
MODE_11N: Final[int]
"""`WLAN.config(protocol=...)` flag: 802.11n."""
MODE_LR: Final[int]
"""`WLAN.config(protocol=...)` flag: Espressif's long-range mode."""
STAT_BEACON_TIMEOUT: Final[int]
"""`WLAN.status()`: the access point's beacons stopped."""
STAT_ASSOC_FAIL: Final[int]
"""`WLAN.status()`: association failed."""
STAT_HANDSHAKE_TIMEOUT: Final[int]
"""`WLAN.status()`: the key handshake timed out."""
STAT_NO_AP_FOUND_IN_RSSI_THRESHOLD: Final[int]
"""`WLAN.status()`: no access point strong enough."""
STAT_NO_AP_FOUND_IN_AUTHMODE_THRESHOLD: Final[int]
"""`WLAN.status()`: no access point with the required security."""
STAT_NO_AP_FOUND_W_COMPATIBLE_SECURITY: Final[int]
"""`WLAN.status()`: no access point with compatible security."""
ETH_INITIALIZED: Final[int]
"""`LAN.status()`: the driver is set up."""
ETH_STARTED: Final[int]
"""`LAN.status()`: the interface started."""
ETH_STOPPED: Final[int]
"""`LAN.status()`: the interface stopped."""
ETH_CONNECTED: Final[int]
"""`LAN.status()`: the cable is connected."""
ETH_DISCONNECTED: Final[int]
"""`LAN.status()`: the cable is disconnected."""
ETH_GOT_IP: Final[int]
"""`LAN.status()`: an IP address was obtained."""
PHY_GENERIC: Final[int]
"""`LAN(phy_type=...)`: the GENERIC Ethernet PHY."""
PHY_LAN8710: Final[int]
"""`LAN(phy_type=...)`: the LAN8710 Ethernet PHY."""
PHY_LAN8720: Final[int]
"""`LAN(phy_type=...)`: the LAN8720 Ethernet PHY."""
PHY_IP101: Final[int]
"""`LAN(phy_type=...)`: the IP101 Ethernet PHY."""
PHY_RTL8201: Final[int]
"""`LAN(phy_type=...)`: the RTL8201 Ethernet PHY."""
PHY_DP83848: Final[int]
"""`LAN(phy_type=...)`: the DP83848 Ethernet PHY."""
PHY_KSZ8041: Final[int]
"""`LAN(phy_type=...)`: the KSZ8041 Ethernet PHY."""
PHY_KSZ8081: Final[int]
"""`LAN(phy_type=...)`: the KSZ8081 Ethernet PHY."""
PHY_KSZ8851SNL: Final[int]
"""`LAN(phy_type=...)`: the KSZ8851SNL Ethernet PHY."""
PHY_DM9051: Final[int]
"""`LAN(phy_type=...)`: the DM9051 Ethernet PHY."""
PHY_W5500: Final[int]
"""`LAN(phy_type=...)`: the W5500 Ethernet PHY."""
PHY_LAN8670: Final[int]
"""`LAN(phy_type=...)`: the LAN8670 Ethernet PHY."""

class LAN:
    """A wired Ethernet interface (boards with an Ethernet PHY, or an SPI Ethernet chip)."""

    def __init__(
        self,
        id: int = 0,
        *,
        mdc: Any = ...,
        mdio: Any = ...,
        power: Any = ...,
        phy_type: int = ...,
        phy_addr: int = ...,
        ref_clk_mode: Any = ...,
        ref_clk: Any = ...,
        spi: Any = ...,
        cs: Any = ...,
        int: Any = ...,
    ) -> None:
        """Set up Ethernet: MDIO pins and PHY for the internal MAC, or `spi`/`cs`/`int` for an SPI chip."""

    @overload
    def active(self) -> bool:
        """Whether the interface is on."""

    @overload
    def active(self, state: bool, /) -> None:
        """Switch the interface on or off."""

    def isconnected(self) -> bool:
        """Whether the link is up with an IP address."""

    def status(self) -> int:
        """Return one of the `ETH_*` states."""

    @overload
    def ifconfig(self) -> tuple[str, str, str, str]:
        """Return (IP, netmask, gateway, DNS)."""

    @overload
    def ifconfig(self, config: tuple[str, str, str, str] | str, /) -> None:
        """Set a static configuration, or "dhcp"."""

    @overload
    def config(self, param: str, /) -> Any:
        """Return a setting by name ("mac", "hostname")."""

    @overload
    def config(self, *, mac: bytes = ..., hostname: str = ...) -> None:
        """Change settings."""

    def ipconfig(self, param: str, /) -> Any:
        """Return an IP setting by name, as `WLAN.ipconfig`."""

@overload
def phy_mode() -> int:
    """Return the Wi-Fi PHY mode (`MODE_*` flags)."""

@overload
def phy_mode(mode: int, /) -> None:
    """Set the Wi-Fi PHY mode (`MODE_*` flags)."""

class WLAN:
    SEC_WEP: Final[int]
    """`security`: WEP."""
    SEC_WPA: Final[int]
    """`security`: WPA personal."""
    SEC_WPA2: Final[int]
    """`security`: WPA2 personal."""
    SEC_WPA2_ENT: Final[int]
    """`security`: WPA2 enterprise."""
    SEC_WPA2_WPA3_ENT: Final[int]
    """`security`: WPA2/WPA3 enterprise."""
    SEC_WPA_ENT: Final[int]
    """`security`: WPA enterprise."""
    SEC_WPA3_ENT: Final[int]
    """`security`: WPA3 enterprise."""
    SEC_WPA3_ENT_192: Final[int]
    """`security`: WPA3 enterprise 192-bit."""
    SEC_WAPI: Final[int]
    """`security`: WAPI."""
    SEC_OWE: Final[int]
    """`security`: OWE."""
    SEC_DPP: Final[int]
    """`security`: DPP."""
    SEC_WPA3_EXT_PSK: Final[int]
    """`security`: WPA3 with extended keys."""
    SEC_WPA3_EXT_PSK_MIXED_MODE: Final[int]
    """`security`: WPA3 extended keys, mixed."""
    PROTOCOL_DEFAULT: Final[int]
    """`config(protocol=...)`: 802.11b/g/n."""
    PROTOCOL_LR: Final[int]
    """`config(protocol=...)`: with Espressif's long-range mode."""
    BANDWIDTH_20: Final[int]
    """`config(bandwidth=...)`: 20 MHz channels."""
    BANDWIDTH_40: Final[int]
    """`config(bandwidth=...)`: 40 MHz channels."""
    BANDWIDTH_80: Final[int]
    """`config(bandwidth=...)`: 80 MHz channels."""
    BANDWIDTH_160: Final[int]
    """`config(bandwidth=...)`: 160 MHz channels."""
    BANDWIDTH_80_80: Final[int]
    """`config(bandwidth=...)`: 80+80 MHz channels."""

    def csi_enable(self, buffer_size: int = 16) -> None:
        """Start capturing channel state information (CSI), keeping up to `buffer_size` frames."""

    def csi_disable(self) -> None:
        """Stop capturing CSI."""

    def csi_read(self, result: Any = ..., /) -> Any:
        """Take the oldest captured CSI frame (into `result` if given); None if there is none."""

    def csi_available(self) -> int:
        """How many CSI frames are waiting."""

    def csi_dropped(self) -> int:
        """How many CSI frames were lost because the buffer was full."""

class PPP:
    """PPP over a serial link, as the ESP32 port does it (ESP-IDF's PPP client)."""

    AUTH_NONE: Final[int]
    """`connect(authmode=...)`: no authentication."""
    AUTH_PAP: Final[int]
    """`connect(authmode=...)`: PAP authentication."""
    AUTH_CHAP: Final[int]
    """`connect(authmode=...)`: CHAP authentication."""

    def active(self, state: bool = ..., /) -> bool:
        """Switch the interface on or off; return whether it is on."""

    def connect(self, authmode: int = ..., username: str | None = None, password: str | None = None) -> None:
        """Start the link, authenticating with `authmode` (`AUTH_*`)."""

