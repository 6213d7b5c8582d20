"""HTTP client (micropython-lib's `requests`, frozen into the firmware).

`requests.get(url)` returns a `Response`; read `.text`, `.content` or
`.json()` and close it. HTTPS goes through `ssl`.
"""

from typing import Any

class BodyStream:
    """A response body read as a stream, for `Response.raw`."""

    def __init__(self, s: Any, /) -> None:
        """Wrap the connection's stream `s`."""

    def read(self, n: int = -1, /) -> bytes:
        """Read up to `n` bytes of the body."""

    def readinto(self, buf: bytearray | memoryview, /) -> int:
        """Read the body into `buf`; return the count."""

    def close(self) -> None:
        """Close the connection."""

class Response:
    """An HTTP response."""

    status_code: int
    """The HTTP status code (200, 404, ...)."""
    reason: bytes
    """The status line's reason phrase."""
    headers: dict[str, str]
    """Response headers (only when asked for with `parse_headers`)."""
    encoding: str
    """Encoding `text` decodes with ("utf-8")."""
    raw: Any
    """The connection's stream: read the body from it yourself."""

    def __init__(self, f: Any, /) -> None:
        """Wrap the stream `f` the body is read from."""

    def close(self) -> None:
        """Close the connection (reading `content` does it too)."""

    @property
    def content(self) -> bytes:
        """The whole body, read once and kept."""

    @property
    def text(self) -> str:
        """The body decoded as `encoding`."""

    def json(self) -> Any:
        """The body parsed as JSON."""

    def __enter__(self) -> Response:
        """Use the response in a `with` block, closing it at the end."""

    def __exit__(self, exc_type: object, exc: object, tb: object, /) -> None:
        """Close the response."""

def request(
    method: str,
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send an HTTP request; `json` sends a JSON body, `auth` basic authentication."""

def head(
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send a HEAD request (keywords as `request`)."""

def get(
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send a GET request (keywords as `request`)."""

def post(
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send a POST request (keywords as `request`)."""

def put(
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send a PUT request (keywords as `request`)."""

def patch(
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send a PATCH request (keywords as `request`)."""

def delete(
    url: str,
    data: bytes | str | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    stream: Any = None,
    auth: tuple[str, str] | None = None,
    timeout: float | None = None,
    parse_headers: bool = True,
) -> Response:
    """Send a DELETE request (keywords as `request`)."""
