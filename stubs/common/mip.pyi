"""Install packages from micropython-lib, GitHub or a URL onto the board.

`mip.install("ssd1306")` fetches a package (as .mpy where the index has
them) into `/lib`; needs a network connection.
"""

def install(package: str, index: str | None = None, target: str | None = None, version: str | None = None, mpy: bool = True) -> None:
    """Install `package` ("name", "github:org/repo/path" or a URL) into `target` (/lib by default)."""
