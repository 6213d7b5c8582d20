"""Converting between Python objects and JSON text."""

from typing import Any

def dumps(obj: Any, separators: tuple[str, str] | None = None) -> str:
    """Return `obj` as JSON text.

    `separators` is (item separator, key separator), default (", ", ": ");
    pass (",", ":") for the most compact output.
    """

def dump(obj: Any, stream: Any, separators: tuple[str, str] | None = None) -> None:
    """Write `obj` as JSON text to `stream`."""

def loads(str: str | bytes, /) -> Any:
    """Parse JSON text and return the object; malformed input raises `ValueError`."""

def load(stream: Any, /) -> Any:
    """Read all of `stream` and parse it as JSON."""
