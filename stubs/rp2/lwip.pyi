"""The lwIP network stack's sockets (what `socket` is on the Pico W)."""

from typing import Any, Callable, Final

from socket import socket as socket

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
SOL_SOCKET: Final[int]
"""Option level for socket options."""
SO_REUSEADDR: Final[int]
"""Socket option: allow rebinding an address still in TIME_WAIT."""
SO_BROADCAST: Final[int]
"""Socket option: allow UDP broadcasts."""
IPPROTO_IP: Final[int]
"""Option level for IP options."""
IPPROTO_TCP: Final[int]
"""Option level for TCP options."""
IP_ADD_MEMBERSHIP: Final[int]
"""IP option: join a multicast group."""
IP_DROP_MEMBERSHIP: Final[int]
"""IP option: leave a multicast group."""
TCP_NODELAY: Final[int]
"""TCP option: do not coalesce small writes."""
MSG_PEEK: Final[int]
"""`recv` flag: leave the data queued."""
MSG_DONTWAIT: Final[int]
"""`recv` flag: do not block for this call."""

def getaddrinfo(
    host: str, port: int, af: int = 0, type: int = 0, proto: int = 0, flags: int = 0, /
) -> list[tuple[int, int, int, str, tuple[str, int]]]:
    """Resolve `host`: a list of (family, type, proto, canonname, address)."""

def print_pcbs() -> None:
    """Print lwIP's protocol control blocks (debugging)."""

def reset() -> None:
    """Reset the stack's state (closes every socket)."""

def callback() -> None:
    """Run lwIP's pending work now."""

