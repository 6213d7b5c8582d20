"""Symbolic error codes, as found in `OSError.errno` (also `exc.args[0]`)."""

from typing import Final

EPERM: Final = 1
"""Operation not permitted."""
ENOENT: Final = 2
"""No such file or folder."""
EIO: Final = 5
"""Input/output error, for instance a failed bus transfer."""
EBADF: Final = 9
"""The file or stream is closed or was opened without this access."""
EAGAIN: Final = 11
"""Try again: the operation would block."""
ENOMEM: Final = 12
"""Out of memory."""
EACCES: Final = 13
"""Permission denied."""
EEXIST: Final = 17
"""The file or folder already exists."""
ENODEV: Final = 19
"""No such device; I2C raises it when no device answers at an address."""
EISDIR: Final = 21
"""The path is a folder where a file was expected."""
EINVAL: Final = 22
"""Invalid argument."""
EOPNOTSUPP: Final = 95
"""The operation is not supported on this object."""
EADDRINUSE: Final = 98
"""The network address is already in use."""
ECONNABORTED: Final = 103
"""The connection was aborted."""
ECONNRESET: Final = 104
"""The peer reset the connection."""
ENOBUFS: Final = 105
"""No buffer space available."""
ENOTCONN: Final = 107
"""The socket is not connected."""
ETIMEDOUT: Final = 110
"""The operation timed out; I2C raises it when a device holds the clock too long."""
ECONNREFUSED: Final = 111
"""The peer refused the connection."""
EHOSTUNREACH: Final = 113
"""No route to the host."""
EALREADY: Final = 114
"""An operation is already in progress."""
EINPROGRESS: Final = 115
"""The operation has started and will finish later."""

errorcode: Final[dict[int, str]]
"""Maps each error number above to its name, e.g. `errorcode[ENOENT] == "ENOENT"`."""
