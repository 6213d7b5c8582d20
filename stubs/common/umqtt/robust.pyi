"""An MQTT client that reconnects by itself when the connection drops."""

from typing import Any

from umqtt import simple as simple

class MQTTClient(simple.MQTTClient):
    """`umqtt.simple.MQTTClient` that retries failed operations after reconnecting."""

    DELAY: int
    """Seconds to wait between reconnection attempts."""
    DEBUG: bool
    """Print reconnection attempts when True."""

    def delay(self, i: int) -> None:
        """Wait before attempt number `i` to reconnect."""

    def log(self, in_reconnect: bool, e: Exception) -> None:
        """Report a failure (when `DEBUG` is on)."""

    def reconnect(self) -> bool:
        """Reconnect until it works; return whether the session was resumed."""

    def publish(self, topic: bytes | str, msg: bytes | str, retain: bool = False, qos: int = 0) -> None:
        """Publish, reconnecting as needed."""

    def wait_msg(self) -> int | None:
        """Wait for a packet, reconnecting as needed."""

    def check_msg(self, attempts: int = 2) -> int | None:
        """Handle a waiting packet, reconnecting at most `attempts` times."""
