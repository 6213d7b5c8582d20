"""Cryptographic hashes. There is no `hexdigest()`: use `binascii.hexlify(h.digest())`."""

_Buf = bytes | bytearray | memoryview

class sha256:
    """A SHA-256 hash in progress (32-byte digest)."""

    def __init__(self, data: _Buf = ..., /) -> None:
        """Start a hash, feeding it `data` if given."""

    def update(self, data: _Buf, /) -> None:
        """Feed more bytes into the hash."""

    def digest(self) -> bytes:
        """Return the hash of everything fed in; no more data can be added afterwards."""

class sha1:
    """A SHA-1 hash in progress (20-byte digest); too weak for new security uses."""

    def __init__(self, data: _Buf = ..., /) -> None:
        """Start a hash, feeding it `data` if given."""

    def update(self, data: _Buf, /) -> None:
        """Feed more bytes into the hash."""

    def digest(self) -> bytes:
        """Return the hash of everything fed in; no more data can be added afterwards."""

class md5:
    """An MD5 hash in progress (16-byte digest); only for checksums, not security."""

    def __init__(self, data: _Buf = ..., /) -> None:
        """Start a hash, feeding it `data` if given."""

    def update(self, data: _Buf, /) -> None:
        """Feed more bytes into the hash."""

    def digest(self) -> bytes:
        """Return the hash of everything fed in; no more data can be added afterwards."""
