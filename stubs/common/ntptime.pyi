"""Set the real-time clock from an NTP server (needs a network connection)."""

host: str
"""The NTP server asked ("pool.ntp.org" unless changed)."""
timeout: int
"""Seconds to wait for the server's answer."""

def time() -> int:
    """Ask the server; return the time as seconds since the board's epoch."""

def settime() -> None:
    """Set the RTC to the server's time (UTC)."""
