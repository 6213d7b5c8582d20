"""The TLS core that `ssl` is written on: contexts and protocol constants."""

from typing import Any, Final

PROTOCOL_TLS_CLIENT: Final[int]
"""Context protocol: a TLS client."""
PROTOCOL_TLS_SERVER: Final[int]
"""Context protocol: a TLS server."""
PROTOCOL_DTLS_CLIENT: Final[int]
"""Context protocol: a DTLS client."""
PROTOCOL_DTLS_SERVER: Final[int]
"""Context protocol: a DTLS server."""
CERT_NONE: Final[int]
"""Do not check the peer's certificate."""
CERT_OPTIONAL: Final[int]
"""Check the peer's certificate if it sends one."""
CERT_REQUIRED: Final[int]
"""The peer must send a valid certificate."""
MBEDTLS_VERSION: Final[str]
"""The mbedTLS version the firmware was built with."""

class SSLContext:
    """A TLS context; `ssl.SSLContext` builds on it."""

    def __init__(self, protocol: int, /) -> None:
        """Make a context for one of the `PROTOCOL_*` protocols."""

    def load_cert_chain(self, cert: bytes, key: bytes, /) -> None:
        """Load this side's certificate and private key (the data, DER or PEM)."""

    def load_verify_locations(self, cadata: bytes, /) -> None:
        """Load CA certificates (the data) that check the peer."""

    def get_ciphers(self) -> list[str]:
        """Return the enabled cipher suites."""

    def set_ciphers(self, ciphers: list[str], /) -> None:
        """Enable only these cipher suites."""

    def wrap_socket(
        self,
        sock: Any,
        /,
        *,
        server_side: bool = False,
        do_handshake: bool = True,
        server_hostname: str | None = None,
        client_id: bytes | None = None,
    ) -> Any:
        """Wrap a stream in TLS."""
