"""Sockets on the Pico W come from lwIP: a few more options, a few less."""

from typing import Final

del IPPROTO_UDP
del SO_BINDTODEVICE

IP_DROP_MEMBERSHIP: Final[int]
"""IP option: leave a multicast group."""

def print_pcbs() -> None:
    """Print lwIP's protocol control blocks (debugging)."""

def reset() -> None:
    """Reset the stack's state (closes every socket)."""

def callback() -> None:
    """Run lwIP's pending work now."""
