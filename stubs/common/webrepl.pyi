"""The REPL over a WebSocket, for a browser client (WebREPL).

`webrepl.start(password="...")` listens on port 8266; `webrepl_setup` stores
a password and starts it at boot.
"""

from typing import Any

listen_s: Any
"""The listening socket while WebREPL runs."""
client_s: Any
"""The connected client's socket, if any."""
DEBUG: int
"""Print connection details when not 0."""
static_host: str
"""Where the browser client's files are loaded from."""

def setup_conn(port: int, accept_handler: Any) -> Any:
    """Open the listening socket on `port`, calling `accept_handler` for each client."""

def accept_conn(listen_sock: Any) -> bool:
    """Take a client connection and attach the REPL to it."""

def send_html(cl: Any) -> None:
    """Send the page that loads the browser client."""

def server_handshake(cl: Any) -> bool:
    """Do the WebSocket handshake with a new client."""

def stop() -> None:
    """Stop WebREPL and close its sockets."""

def start(port: int = 8266, password: str | None = None, accept_handler: Any = ...) -> None:
    """Start WebREPL in the background; `password` overrides the stored one."""

def start_foreground(port: int = 8266) -> None:
    """Start WebREPL and wait for a client in the foreground."""
