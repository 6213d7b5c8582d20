"""aioble's shared state: the BLE object, logging, configuration."""

from typing import Any, Callable

ble: Any
"""The `bluetooth.BLE` object aioble drives."""
log_level: int
"""How much is logged: 0 nothing, 1 errors, 2 warnings, 3 information."""

class GattError(Exception):
    """A GATT operation failed (the argument is the status code)."""

    def __init__(self, status: int) -> None:
        """Make the error for a GATT status code."""

def log_error(*args: Any) -> None:
    """Log at error level."""

def log_warn(*args: Any) -> None:
    """Log at warning level."""

def log_info(*args: Any) -> None:
    """Log at information level."""

def register_irq_handler(irq: Callable[..., Any], shutdown: Callable[[], Any] | None) -> None:
    """Have `irq(event, data)` called for BLE events, `shutdown()` at `stop()`."""

def ensure_active() -> None:
    """Switch the radio on if it is off."""

def config(*args: Any, **kwargs: Any) -> Any:
    """Get or set BLE configuration, as `bluetooth.BLE.config` does."""

def stop() -> None:
    """Stop everything aioble does and switch the radio off."""

def ble_irq(event: int, data: Any) -> Any:
    """The interrupt handler aioble registers with `bluetooth.BLE.irq`."""
