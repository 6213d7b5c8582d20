"""TLS/SSL over a stream (usually a socket), with mbedTLS.

`SSLContext(PROTOCOL_TLS_CLIENT).wrap_socket(sock, server_hostname=host)` is
the usual way; `wrap_socket()` is the short form. Errors are `OSError`.
"""

from typing import Any, Final

_Stream = Any

PROTOCOL_TLS_CLIENT: Final[int]
"""Context protocol: a TLS client."""
PROTOCOL_TLS_SERVER: Final[int]
"""Context protocol: a TLS server."""
PROTOCOL_DTLS_CLIENT: Final[int]
"""Context protocol: a DTLS client (datagrams)."""
PROTOCOL_DTLS_SERVER: Final[int]
"""Context protocol: a DTLS server (datagrams)."""
CERT_NONE: Final[int]
"""`verify_mode`: do not check the peer's certificate."""
CERT_OPTIONAL: Final[int]
"""`verify_mode`: check the peer's certificate if it sends one."""
CERT_REQUIRED: Final[int]
"""`verify_mode`: the peer must send a certificate that checks out (needs the clock set)."""
MBEDTLS_VERSION: Final[str]
"""The mbedTLS version the firmware was built with."""

class SSLContext:
    """Settings for TLS connections: protocol, certificates, verification."""

    verify_mode: int
    """How the peer's certificate is checked: one of the `CERT_*` constants."""

    def __init__(self, protocol: int, /) -> None:
        """Make a context for one of the `PROTOCOL_*` protocols."""

    def load_cert_chain(self, certfile: str | bytes, keyfile: str | bytes, /) -> None:
        """Load this side's certificate and private key (paths, or the data as bytes)."""

    def load_verify_locations(self, cafile: str | None = None, cadata: bytes | None = None) -> None:
        """Load the CA certificates that check the peer: a file path or the data."""

    def get_ciphers(self) -> list[str]:
        """Return the enabled cipher suites."""

    def set_ciphers(self, ciphers: list[str], /) -> None:
        """Enable only these cipher suites (IANA names)."""

    def wrap_socket(
        self,
        sock: _Stream,
        /,
        *,
        server_side: bool = False,
        do_handshake_on_connect: bool = True,
        server_hostname: str | None = None,
        client_id: bytes | None = None,
    ) -> Any:
        """Wrap a stream in TLS; return a stream with `read`, `write`, `close`, ...

        `server_hostname` checks the server's certificate name and sets SNI.
        """

def wrap_socket(
    sock: _Stream,
    server_side: bool = False,
    key: bytes | None = None,
    cert: bytes | None = None,
    cert_reqs: int = ...,
    cadata: bytes | None = None,
    server_hostname: str | None = None,
    do_handshake: bool = True,
) -> Any:
    """Wrap a stream in TLS with a context made for this one call."""
