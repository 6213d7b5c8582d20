"""AES ciphers (ECB, CBC and, where built in, CTR modes)."""

from typing import Final

MODE_ECB: Final = 1
"""Electronic code book: each 16-byte block on its own."""
MODE_CBC: Final = 2
"""Cipher block chaining, with an initialisation vector."""
MODE_CTR: Final = 6
"""Counter mode, with a counter block (not on every port)."""

class aes:
    """An AES cipher; one object encrypts or decrypts, not both."""

    def __init__(self, key: bytes, mode: int, IV: bytes = ..., /) -> None:
        """Make a cipher from a 16- or 32-byte `key`; `IV` is 16 bytes for CBC and CTR."""

    def encrypt(self, in_buf: bytes | bytearray | memoryview, out_buf: bytearray | memoryview | None = None, /) -> bytes | None:
        """Encrypt `in_buf` (a multiple of 16 bytes); into `out_buf` if given, else return the result."""

    def decrypt(self, in_buf: bytes | bytearray | memoryview, out_buf: bytearray | memoryview | None = None, /) -> bytes | None:
        """Decrypt `in_buf`; into `out_buf` if given, else return the result."""
