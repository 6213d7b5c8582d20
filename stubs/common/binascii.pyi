"""Conversions between binary data and hexadecimal or base64 text."""

_Buf = bytes | bytearray | memoryview

def hexlify(data: _Buf, sep: str | bytes | None = None, /) -> bytes:
    """Return `data` as hexadecimal digits, with `sep` between bytes if given."""

def unhexlify(data: str | _Buf, /) -> bytes:
    """Return the bytes spelled by hexadecimal digits; an odd length or a bad digit raises `ValueError`."""

def a2b_base64(data: str | _Buf, /) -> bytes:
    """Decode base64 text; bad padding raises `ValueError`."""

def b2a_base64(data: _Buf, /, *, newline: bool = True) -> bytes:
    """Encode `data` as base64, ending with a newline unless `newline` is false."""

def crc32(data: _Buf, value: int = 0, /) -> int:
    """Return the CRC-32 of `data`, continuing from a previous result `value`."""
