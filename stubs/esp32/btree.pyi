"""A key-value database in a file (Berkeley DB's B-tree), keys and values bytes.

`db = btree.open(open("data", "r+b"))`; then `db[b"k"] = b"v"`, `db.flush()`.
"""

from typing import Any, Final, Iterator

INCL: Final = 1
"""`keys`/`values`/`items` flag: include the end key."""
DESC: Final = 2
"""`keys`/`values`/`items` flag: iterate in descending order."""

class _BTree:
    """An open database (what `open()` returns)."""

    def close(self) -> None:
        """Close the database (the stream stays open)."""

    def flush(self) -> None:
        """Write cached changes to the stream."""

    def __getitem__(self, key: bytes, /) -> bytes:
        """Return the value of `key`; raise KeyError if absent."""

    def get(self, key: bytes, default: bytes | None = None, /) -> bytes | None:
        """Return the value of `key`, or `default`."""

    def put(self, key: bytes, val: bytes, /) -> None:
        """Store `val` under `key`."""

    def __setitem__(self, key: bytes, val: bytes, /) -> None:
        """Store `val` under `key`."""

    def __delitem__(self, key: bytes, /) -> None:
        """Delete `key`."""

    def __contains__(self, key: bytes, /) -> bool:
        """Whether `key` is present."""

    def __iter__(self) -> Iterator[bytes]:
        """Iterate over the keys in order."""

    def keys(self, start_key: bytes | None = None, end_key: bytes | None = None, flags: int = 0, /) -> Iterator[bytes]:
        """Iterate over keys from `start_key` to `end_key` (`INCL`, `DESC` flags)."""

    def values(self, start_key: bytes | None = None, end_key: bytes | None = None, flags: int = 0, /) -> Iterator[bytes]:
        """Iterate over values in key order."""

    def items(
        self, start_key: bytes | None = None, end_key: bytes | None = None, flags: int = 0, /
    ) -> Iterator[tuple[bytes, bytes]]:
        """Iterate over (key, value) pairs in key order."""

def open(stream: Any, *, flags: int = 0, pagesize: int = 0, cachesize: int = 0, minkeypage: int = 0) -> _BTree:
    """Open (or create) a database in a random-access binary `stream` ("r+b" file)."""
