"""First-boot set-up: makes the filesystem and a boot.py when there is none."""

from typing import Any

def check_bootsec() -> bool:
    """Whether the filesystem's boot sector is blank (a fresh flash)."""

def fs_corrupted() -> None:
    """Report a filesystem that cannot be mounted, forever."""

def setup() -> Any:
    """Make a littlefs filesystem with a boot.py; return the filesystem."""
