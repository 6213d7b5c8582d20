# board: esp32
# A BLE advertiser with an IRQ handler and const event codes.
import struct
import bluetooth
from micropython import const

_IRQ_CENTRAL_CONNECT = const(1)
_IRQ_CENTRAL_DISCONNECT = const(2)
_ADV_TYPE_FLAGS = const(0x01)
_ADV_TYPE_NAME = const(0x09)


def advertising_payload(name):
    payload = bytearray()

    def _append(adv_type, value):
        nonlocal payload
        payload += struct.pack("BB", len(value) + 1, adv_type) + value

    _append(_ADV_TYPE_FLAGS, struct.pack("B", 0x06))
    _append(_ADV_TYPE_NAME, name.encode())
    return payload


class Beacon:
    def __init__(self, ble, name="upy"):
        self._ble = ble
        self._ble.active(True)
        self._ble.irq(self._irq)
        self._connections = set()
        self._payload = advertising_payload(name)
        self._advertise()

    def _irq(self, event, data):
        if event == _IRQ_CENTRAL_CONNECT:
            conn_handle, _, _ = data
            self._connections.add(conn_handle)
        elif event == _IRQ_CENTRAL_DISCONNECT:
            conn_handle, _, _ = data
            self._connections.discard(conn_handle)
            self._advertise()

    def _advertise(self, interval_us=500_000):
        self._ble.gap_advertise(interval_us, adv_data=self._payload)


beacon = Beacon(bluetooth.BLE())
print(bluetooth.BLE().config("mac"))
