"""A minimal MQTT 3.1.1 client."""

from typing import Any, Callable

class MQTTException(Exception):
    """A refused connection or a protocol error (the args hold the broker's code)."""

class MQTTClient:
    """A connection to one MQTT broker."""

    client_id: bytes
    """The client id sent to the broker."""
    sock: Any
    """The connection's socket (None before `connect()`)."""
    server: str
    """The broker's host name."""
    port: int
    """The broker's port (1883, or 8883 with TLS)."""
    ssl: Any
    """TLS: False, True, or an `ssl.SSLContext`."""
    ssl_params: dict[str, Any]
    """Keywords passed to `wrap_socket` for TLS."""
    pid: int
    """The last packet id used."""
    cb: Callable[[bytes, bytes], Any] | None
    """The callback for incoming messages."""
    user: str | None
    """The user name sent at connect."""
    pswd: str | None
    """The password sent at connect."""
    keepalive: int
    """Seconds between pings the broker expects (0: none)."""
    lw_topic: bytes | None
    """Topic of the last-will message."""
    lw_msg: bytes | None
    """The last-will message."""
    lw_qos: int
    """QoS of the last-will message."""
    lw_retain: bool
    """Whether the broker keeps the last-will message."""

    def __init__(
        self,
        client_id: bytes | str,
        server: str,
        port: int = 0,
        user: str | None = None,
        password: str | None = None,
        keepalive: int = 0,
        ssl: Any = None,
        ssl_params: dict[str, Any] = ...,
    ) -> None:
        """Describe the connection; nothing is sent until `connect()`."""

    def set_callback(self, f: Callable[[bytes, bytes], Any], /) -> None:
        """Call `f(topic, message)` for every message received."""

    def set_last_will(self, topic: bytes | str, msg: bytes | str, retain: bool = False, qos: int = 0) -> None:
        """Have the broker publish `msg` on `topic` if this client disappears."""

    def connect(self, clean_session: bool = True, timeout: float | None = None) -> bool:
        """Connect to the broker; return whether an earlier session was resumed."""

    def disconnect(self) -> None:
        """Disconnect cleanly."""

    def ping(self) -> None:
        """Send a ping (answered during `wait_msg`)."""

    def publish(self, topic: bytes | str, msg: bytes | str, retain: bool = False, qos: int = 0) -> None:
        """Publish `msg` on `topic` (QoS 0 or 1)."""

    def subscribe(self, topic: bytes | str, qos: int = 0) -> None:
        """Subscribe to `topic`."""

    def unsubscribe(self, topic: bytes | str) -> None:
        """Unsubscribe from `topic`."""

    def wait_msg(self) -> int | None:
        """Wait for one incoming packet and handle it (messages go to the callback)."""

    def check_msg(self) -> int | None:
        """Handle an incoming packet if one is waiting; return at once otherwise."""
