"""Filesystems and mount points: FAT and littlefs on block devices.

A block device is any object with `readblocks`, `writeblocks` and `ioctl`
(see `AbstractBlockDev`); `mount()` puts a filesystem at a path.
"""

from typing import Any, Iterator, overload

class AbstractBlockDev:
    """The protocol a block device implements (not a real class to subclass)."""

    def readblocks(self, block_num: int, buf: bytearray, offset: int = ..., /) -> None:
        """Fill `buf` from block `block_num` (from `offset` bytes into it, if given)."""

    def writeblocks(self, block_num: int, buf: bytes | bytearray, offset: int = ..., /) -> None:
        """Write `buf` at block `block_num` (at `offset` bytes into it, if given)."""

    def ioctl(self, op: int, arg: int, /) -> int | None:
        """Control the device: 1 init, 2 shutdown, 3 sync, 4 block count, 5 block size, 6 erase block."""

class _Vfs:
    """What every filesystem object offers (the `os` functions call these)."""

    def mount(self, readonly: bool, mkfs: bool, /) -> None:
        """Called when mounted."""

    def umount(self) -> None:
        """Called when unmounted."""

    def open(self, path: str, mode: str, /) -> Any:
        """Open a file on this filesystem."""

    def ilistdir(self, path: str = "", /) -> Iterator[tuple[str, int, int] | tuple[str, int, int, int]]:
        """Iterate over (name, type, inode[, size]) of a directory."""

    def chdir(self, path: str, /) -> None:
        """Change the filesystem's current directory."""

    def getcwd(self) -> str:
        """Return the filesystem's current directory."""

    def mkdir(self, path: str, /) -> None:
        """Make a directory."""

    def rmdir(self, path: str, /) -> None:
        """Remove an empty directory."""

    def remove(self, path: str, /) -> None:
        """Remove a file."""

    def rename(self, old_path: str, new_path: str, /) -> None:
        """Rename a file or directory."""

    def stat(self, path: str, /) -> tuple[int, ...]:
        """Return the 10-tuple `os.stat()` gives."""

    def statvfs(self, path: str, /) -> tuple[int, ...]:
        """Return the 10-tuple `os.statvfs()` gives."""

class VfsFat(_Vfs):
    """A FAT filesystem on a block device."""

    def __init__(self, block_dev: AbstractBlockDev, /) -> None:
        """Use the FAT filesystem on `block_dev`."""

    @staticmethod
    def mkfs(block_dev: AbstractBlockDev, /) -> None:
        """Make a fresh FAT filesystem on `block_dev`."""

class VfsLfs2(_Vfs):
    """A littlefs (version 2) filesystem on a block device."""

    def __init__(
        self, block_dev: AbstractBlockDev, readsize: int = 32, progsize: int = 32, lookahead: int = 32, mtime: bool = True
    ) -> None:
        """Use the littlefs filesystem on `block_dev`; `mtime` keeps modification times."""

    @staticmethod
    def mkfs(block_dev: AbstractBlockDev, readsize: int = 32, progsize: int = 32, lookahead: int = 32) -> None:
        """Make a fresh littlefs filesystem on `block_dev`."""

@overload
def mount(fsobj: Any, mount_point: str, *, readonly: bool = False) -> None:
    """Mount a filesystem object (or a block device, detected) at `mount_point`."""

@overload
def mount() -> list[tuple[Any, str]]:
    """Return the mounted filesystems as (filesystem, mount point) pairs."""

def umount(mount_point: str | Any, /) -> None:
    """Unmount the filesystem at `mount_point` (or the given filesystem object)."""

def rom_ioctl(op: int, /, *args: Any) -> Any:
    """Query and manage the ROM filesystem partition (where the port has one)."""
