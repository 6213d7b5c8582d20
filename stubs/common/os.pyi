"""Files and folders on the board's flash filesystem, plus system identification and random bytes.

On the simulated board the filesystem lives in memory; nothing on the host
computer is touched.
"""

from typing import Final, Iterator, Protocol, TypeVar

sep: Final = "/"
"""The path separator."""

class _UnameResult(tuple[str, str, str, str, str]):
    """What `uname()` returns: a 5-tuple whose items can also be read by name."""

    @property
    def sysname(self) -> str:
        """The port's name, such as "esp32" or "rp2"."""

    @property
    def nodename(self) -> str:
        """The board's network name (the same as `sysname` on most ports)."""

    @property
    def release(self) -> str:
        """The MicroPython version, such as "1.24.1"."""

    @property
    def version(self) -> str:
        """The version and build date, such as "v1.24.1 on 2024-11-29"."""

    @property
    def machine(self) -> str:
        """The board and chip, such as "Generic ESP32 module with ESP32"."""

def uname() -> _UnameResult:
    """Return information about the firmware and the board it runs on."""

def urandom(n: int, /) -> bytes:
    """Return `n` random bytes from the board's hardware random number generator."""

def listdir(dir: str | bytes = ..., /) -> list[str]:
    """Return the names of the entries in `dir` (default: the current folder)."""

def ilistdir(dir: str | bytes = ..., /) -> Iterator[tuple[str, int, int, int]]:
    """Iterate over the entries of `dir` as (name, type, inode, size) tuples.

    `type` is 0x4000 for a folder and 0x8000 for a file; `size` is -1 where
    unknown.
    """

def mkdir(path: str, /) -> None:
    """Create a folder; raises `OSError(EEXIST)` if it exists."""

def remove(path: str, /) -> None:
    """Delete a file; raises `OSError(ENOENT)` if it does not exist."""

def rmdir(path: str, /) -> None:
    """Delete an empty folder."""

def rename(old_path: str, new_path: str, /) -> None:
    """Rename or move a file or folder."""

def getcwd() -> str:
    """Return the current folder."""

def chdir(path: str, /) -> None:
    """Change the current folder."""

def stat(path: str, /) -> tuple[int, int, int, int, int, int, int, int, int, int]:
    """Return (mode, inode, device, links, uid, gid, size, atime, mtime, ctime) for a file or folder.

    Raises `OSError(ENOENT)` if nothing exists at `path`.
    """

def statvfs(path: str, /) -> tuple[int, int, int, int, int, int, int, int, int, int]:
    """Return (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax) for the filesystem holding `path`.

    Free space in bytes is `bsize * bfree`.
    """

# Names below are not in MicroPython's `os`; the type checker's own stubs for
# built-in functions import them from here.

_AnyStr_co = TypeVar("_AnyStr_co", str, bytes, covariant=True)

class PathLike(Protocol[_AnyStr_co]):
    """(Type checking only.) An object that stands for a filesystem path."""

    def __fspath__(self) -> _AnyStr_co:
        """Return the path as a string."""
