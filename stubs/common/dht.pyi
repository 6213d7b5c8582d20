"""DHT11 and DHT22 temperature and humidity sensors on one pin."""

from machine import Pin

class DHTBase:
    """A DHT sensor on `pin`; call `measure()`, then read the values."""

    def __init__(self, pin: Pin) -> None:
        """Use the sensor wired to `pin`."""

    def measure(self) -> None:
        """Take a reading. OSError(ETIMEDOUT) if no sensor answers, Exception('checksum error') if the data is bad."""

class DHT11(DHTBase):
    """A DHT11: whole degrees Celsius and whole percent humidity."""

    def humidity(self) -> int:
        """Relative humidity of the last `measure()`, in percent."""

    def temperature(self) -> int:
        """Temperature of the last `measure()`, in degrees Celsius."""

class DHT22(DHTBase):
    """A DHT22 (AM2302): tenths of a degree and of a percent."""

    def humidity(self) -> float:
        """Relative humidity of the last `measure()`, in percent."""

    def temperature(self) -> float:
        """Temperature of the last `measure()`, in degrees Celsius."""
