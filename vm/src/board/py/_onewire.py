# The firmware's `_onewire` primitives (one bit or byte at a time on a pin),
# answered by the simulated parts in `_board_sensors`.
from _board_sensors import _bus, crc8


def reset(pin):
    return _bus(pin).reset()


def readbit(pin):
    return _bus(pin).readbit()


def readbyte(pin):
    b = _bus(pin)
    v = 0
    for i in range(8):
        v |= b.readbit() << i
    return v


def writebit(pin, value):
    _bus(pin).writebit(value)


def writebyte(pin, value):
    b = _bus(pin)
    for i in range(8):
        b.writebit((value >> i) & 1)
