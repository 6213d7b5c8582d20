"""Runs at power-on: mounts the littlefs filesystem on the flash (making it on first boot)."""

from typing import Any

bdev: Any
"""The `rp2.Flash` block device the filesystem is on."""
fs: Any
"""The mounted filesystem."""
