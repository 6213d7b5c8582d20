"""Bluetooth Low Energy. The simulated board has no radio: every operation raises `OSError` saying so."""

from typing import Any, Callable, Final, overload

FLAG_READ: Final = 0x0002
"""Characteristic flag: clients may read the value."""
FLAG_WRITE_NO_RESPONSE: Final = 0x0004
"""Characteristic flag: clients may write without waiting for a reply."""
FLAG_WRITE: Final = 0x0008
"""Characteristic flag: clients may write the value."""
FLAG_NOTIFY: Final = 0x0010
"""Characteristic flag: the server may notify clients of changes."""
FLAG_INDICATE: Final = 0x0020
"""Characteristic flag: the server may indicate changes (notifications that are acknowledged)."""

class UUID:
    """A Bluetooth UUID: a 16-bit number, or a 128-bit one written as text."""

    def __init__(self, value: int | str | bytes, /) -> None:
        """Make a UUID from a 16-bit integer, a "6E400001-B5A3-..." string or 16 raw bytes."""

class BLE:
    """The Bluetooth Low Energy radio (there is one; `BLE()` always returns it)."""

    def __init__(self) -> None:
        """Get the radio."""

    @overload
    def active(self) -> bool:
        """Return whether the radio is on."""

    @overload
    def active(self, active: bool, /) -> None:
        """Switch the radio on or off; it must be on for anything else."""

    @overload
    def config(self, param: str, /) -> Any:
        """Return one setting by name, such as "mac", "gap_name" or "mtu"."""

    @overload
    def config(self, *, gap_name: str = ..., mtu: int = ..., rxbuf: int = ..., bond: bool = ..., mitm: bool = ..., io: int = ..., le_secure: bool = ...) -> None:
        """Change radio settings by keyword."""

    def irq(self, handler: Callable[[int, tuple[Any, ...]], Any], /) -> None:
        """Call `handler(event, data)` for every Bluetooth event (connections, writes, scan results...)."""

    def gap_advertise(self, interval_us: int | None, adv_data: bytes | None = None, *, resp_data: bytes | None = None, connectable: bool = True) -> None:
        """Start advertising every `interval_us` microseconds with `adv_data`; None stops advertising."""

    def gap_scan(self, duration_ms: int | None, interval_us: int = 1_280_000, window_us: int = 11_250, active: bool = False, /) -> None:
        """Scan for advertisers for `duration_ms` (0: forever, None: stop); results arrive through `irq`."""

    def gap_connect(self, addr_type: int, addr: bytes, scan_duration_ms: int = 2000, /) -> None:
        """Connect to a peripheral as central; the result arrives through `irq`."""

    def gap_disconnect(self, conn_handle: int, /) -> bool:
        """Disconnect `conn_handle`; return False if it was not connected."""

    def gatts_register_services(self, services_definition: tuple[Any, ...], /) -> tuple[tuple[int, ...], ...]:
        """Register GATT services and return the value handle of each characteristic."""

    def gatts_read(self, value_handle: int, /) -> bytes:
        """Return the local value of a characteristic."""

    def gatts_write(self, value_handle: int, data: bytes, send_update: bool = False, /) -> None:
        """Set the local value of a characteristic, notifying subscribers if `send_update`."""

    def gatts_notify(self, conn_handle: int, value_handle: int, data: bytes | None = None, /) -> None:
        """Send a notification to one connected client."""

    def gatts_indicate(self, conn_handle: int, value_handle: int, data: bytes | None = None, /) -> None:
        """Send an indication (an acknowledged notification) to one connected client."""

    def gatts_set_buffer(self, value_handle: int, len: int, append: bool = False, /) -> None:
        """Give a value `len` bytes of storage; `append=True` keeps what clients write instead of replacing it."""

    def gattc_discover_services(self, conn_handle: int, uuid: UUID | None = None, /) -> None:
        """Ask the peer for its services; results arrive as `_IRQ_GATTC_SERVICE_RESULT` events."""

    def gattc_discover_characteristics(
        self, conn_handle: int, start_handle: int, end_handle: int, uuid: UUID | None = None, /
    ) -> None:
        """Ask for the characteristics between two handles; results arrive as IRQ events."""

    def gattc_discover_descriptors(self, conn_handle: int, start_handle: int, end_handle: int, /) -> None:
        """Ask for the descriptors between two handles; results arrive as IRQ events."""

    def gattc_read(self, conn_handle: int, value_handle: int, /) -> None:
        """Read a value on the peer; it arrives as `_IRQ_GATTC_READ_RESULT`."""

    def gattc_write(self, conn_handle: int, value_handle: int, data: bytes, mode: int = 0, /) -> None:
        """Write a value on the peer; `mode=1` asks for an acknowledgement (`_IRQ_GATTC_WRITE_DONE`)."""

    def gattc_exchange_mtu(self, conn_handle: int, /) -> None:
        """Agree a larger MTU with the peer (set this side's with `config(mtu=...)`)."""

    def gap_pair(self, conn_handle: int, /) -> None:
        """Start pairing with the peer (settings from `config(bond=, le_secure=, mitm=, io=)`)."""

    def gap_passkey(self, conn_handle: int, action: int, passkey: int, /) -> None:
        """Answer a `_IRQ_PASSKEY_ACTION` event with the passkey."""
