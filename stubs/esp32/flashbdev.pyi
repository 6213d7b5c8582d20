"""The block device over the flash partition the filesystem lives on."""

from typing import Any

bdev: Any
"""The `esp32.Partition` holding the user filesystem ("vfs"), or None."""
