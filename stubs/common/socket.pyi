"""BSD sockets over the board's network interface (Wi-Fi or Ethernet).

Addresses are `(host, port)` tuples as `getaddrinfo()` returns them. A socket
is a stream: besides `send`/`recv` it has `read`, `write` and `readline`.
Errors are `OSError` with an errno (`ETIMEDOUT`, `ECONNRESET`, ...).
"""

from typing import Any, Final, overload

_Address = tuple[str, int] | tuple[Any, ...]
_Buffer = bytes | bytearray | memoryview

AF_INET: Final[int]
"""Address family: IPv4."""
AF_INET6: Final[int]
"""Address family: IPv6."""
SOCK_STREAM: Final[int]
"""Socket type: a TCP stream."""
SOCK_DGRAM: Final[int]
"""Socket type: UDP datagrams."""
SOCK_RAW: Final[int]
"""Socket type: raw IP packets."""
IPPROTO_IP: Final[int]
"""Option level for IP options (`IP_ADD_MEMBERSHIP`)."""
IPPROTO_TCP: Final[int]
"""TCP protocol number; the option level of `TCP_NODELAY`."""
IPPROTO_UDP: Final[int]
"""UDP protocol number."""
SOL_SOCKET: Final[int]
"""Option level for socket options (`SO_REUSEADDR`, ...)."""
SO_REUSEADDR: Final[int]
"""Socket option: allow binding an address still in TIME_WAIT."""
SO_BROADCAST: Final[int]
"""Socket option: allow sending UDP broadcasts."""
SO_BINDTODEVICE: Final[int]
"""Socket option: send and receive only through the named interface."""
IP_ADD_MEMBERSHIP: Final[int]
"""IP option: join a multicast group (value: group address + interface address, 8 bytes)."""
TCP_NODELAY: Final[int]
"""TCP option: send small writes at once instead of coalescing them."""
MSG_PEEK: Final[int]
"""`recv` flag: return data without removing it from the queue."""
MSG_DONTWAIT: Final[int]
"""`recv` flag: do not block for this call."""

class socket:
    """A network socket."""

    def __init__(self, af: int = ..., type: int = ..., proto: int = ..., /) -> None:
        """Make a socket of address family `af` and `type` (TCP stream by default)."""

    def close(self) -> None:
        """Close the socket and release its resources."""

    def bind(self, address: _Address, /) -> None:
        """Bind to a local `address`."""

    def listen(self, backlog: int = ..., /) -> None:
        """Accept connections, queueing at most `backlog` unaccepted ones."""

    def accept(self) -> tuple[socket, _Address]:
        """Wait for a connection; return a new socket for it and the peer's address."""

    def connect(self, address: _Address, /) -> None:
        """Connect to a remote `address`."""

    def send(self, bytes: _Buffer, /) -> int:
        """Send data; return how many bytes went (maybe fewer than given)."""

    def sendall(self, bytes: _Buffer, /) -> None:
        """Send all of the data, waiting as long as needed."""

    def recv(self, bufsize: int, flags: int = 0, /) -> bytes:
        """Receive at most `bufsize` bytes; b"" means the peer closed the connection."""

    def sendto(self, bytes: _Buffer, address: _Address, /) -> int:
        """Send a datagram to `address`."""

    def recvfrom(self, bufsize: int, flags: int = 0, /) -> tuple[bytes, _Address]:
        """Receive a datagram; return (data, sender address)."""

    def setsockopt(self, level: int, optname: int, value: int | _Buffer, /) -> None:
        """Set a socket option (`SOL_SOCKET`/`SO_*`, `IPPROTO_TCP`/`TCP_NODELAY`, ...)."""

    def settimeout(self, value: float | None, /) -> None:
        """Wait at most `value` seconds in blocking calls (None: forever, 0: never block)."""

    def setblocking(self, flag: bool, /) -> None:
        """Block (True) or not (False): `setblocking(False)` is `settimeout(0)`."""

    def makefile(self, mode: str = "rb", buffering: int = 0, /) -> socket:
        """Return a stream for the socket (on MicroPython, the socket itself)."""

    def fileno(self) -> int:
        """Return the socket's file descriptor number."""

    def read(self, size: int = ..., /) -> bytes:
        """Read up to `size` bytes, or until the connection closes when no size is given."""

    def readinto(self, buf: bytearray | memoryview, nbytes: int = ..., /) -> int | None:
        """Read into `buf` (at most `nbytes`); return the count, None if none were ready."""

    def readline(self) -> bytes:
        """Read one line, up to and including its newline."""

    def write(self, buf: _Buffer, /) -> int | None:
        """Write `buf`; return the count written, None if none could be."""

@overload
def getaddrinfo(host: str, port: int, /) -> list[tuple[int, int, int, str, _Address]]:
    """Resolve `host`: a list of (family, type, proto, canonname, address) tuples."""

@overload
def getaddrinfo(
    host: str, port: int, af: int = 0, type: int = 0, proto: int = 0, flags: int = 0, /
) -> list[tuple[int, int, int, str, _Address]]:
    """Resolve `host`, filtered by family, type and protocol."""

Socket = socket
"""Another name for `socket`."""
