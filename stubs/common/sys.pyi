"""The interpreter's own state: arguments, module table, platform, version and standard streams."""

from types import ModuleType
from typing import Any, Final, NoReturn

class _Implementation(tuple[str, tuple[int, int, int, str], str, int]):
    """What `implementation` holds: the interpreter's name, version, board and .mpy format."""

    @property
    def name(self) -> str:
        """Always "micropython"."""

    @property
    def version(self) -> tuple[int, int, int, str]:
        """(major, minor, micro, release level), such as (1, 24, 1, "")."""

    @property
    def _machine(self) -> str:
        """The board and chip, as `os.uname().machine` reports them."""

    @property
    def _mpy(self) -> int:
        """The .mpy file version and architecture this firmware accepts."""

class _Stream:
    """A standard stream: text goes through `read`/`write`, raw bytes through `buffer`."""

    buffer: Any
    """The same stream in binary mode."""

    def read(self, size: int = -1, /) -> str:
        """Read up to `size` characters (everything available if -1)."""

    def readline(self, size: int = -1, /) -> str:
        """Read one line, including its newline."""

    def write(self, s: str, /) -> int:
        """Write `s` and return the number of characters written."""

argv: list[str]
"""The arguments the program was started with (usually empty on a board)."""
byteorder: Final[str]
"""The native byte order: "little" on every supported board."""
implementation: Final[_Implementation]
"""The interpreter's name, version and build details."""
maxsize: Final[int]
"""The largest value a native integer index can hold (2**31 - 1 on 32-bit boards)."""
modules: dict[str, ModuleType]
"""Every module imported so far, by name; deleting an entry makes the next import load it afresh."""
path: list[str]
"""The folders `import` searches, in order ("" is the current folder, then "/lib" and friends)."""
platform: Final[str]
"""The port name: "esp32", "rp2", or "linux" for the generic simulated board."""
version: Final[str]
"""The Python language version this firmware follows, such as "3.4.0; MicroPython v1.24.1 on 2024-11-29"."""
version_info: Final[tuple[int, int, int]]
"""The Python language version as a tuple, (3, 4, 0)."""
stdin: _Stream
"""Standard input: the REPL's serial or USB connection."""
stdout: _Stream
"""Standard output, where `print()` writes."""
stderr: _Stream
"""Standard error (the same connection as `stdout` on a board)."""

def exit(retval: object = 0, /) -> NoReturn:
    """Stop the program by raising `SystemExit(retval)`."""

def print_exception(exc: BaseException, file: Any = ..., /) -> None:
    """Print `exc` with its traceback to `file` (default `stdout`), as an uncaught exception would be."""
