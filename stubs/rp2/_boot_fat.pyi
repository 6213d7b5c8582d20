"""The FAT variant of the boot script: mounts a FAT filesystem on the flash."""

from typing import Any

bdev: Any
"""The `rp2.Flash` block device the filesystem is on."""
