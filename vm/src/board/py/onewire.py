# A 1-Wire bus on one pin, as the firmware's driver drives it: reset and
# presence, bits and bytes LSB first, ROM selection and the ROM search.
import _onewire as _ow
from _board_sensors import crc8 as _crc8


class OneWireError(Exception):
    pass


class OneWire:
    SEARCH_ROM = 0xF0
    MATCH_ROM = 0x55
    SKIP_ROM = 0xCC

    def __init__(self, pin):
        self.pin = pin
        self.pin.init(pin.OPEN_DRAIN, pin.PULL_UP)

    def reset(self, required=False):
        present = _ow.reset(self.pin)
        if required and not present:
            raise OneWireError
        return present

    def readbit(self):
        return _ow.readbit(self.pin)

    def readbyte(self):
        return _ow.readbyte(self.pin)

    def readinto(self, buf):
        for i in range(len(buf)):
            buf[i] = _ow.readbyte(self.pin)

    def writebit(self, value):
        return _ow.writebit(self.pin, value)

    def writebyte(self, value):
        return _ow.writebyte(self.pin, value)

    def write(self, buf):
        for b in buf:
            _ow.writebyte(self.pin, b)

    def select_rom(self, rom):
        self.reset()
        self.writebyte(0x55)
        self.write(rom)

    def scan(self):
        found = []
        last = None
        fork = 65
        for _ in range(0xFF):
            rom, fork = self._search_rom(last, fork)
            if rom:
                found.append(rom)
                last = rom
            if fork == 0:
                break
        return found

    def _search_rom(self, last, fork):
        # One pass of the binary ROM search: where two parts disagree, take
        # the 1 branch below the last fork or where the last pass took it,
        # else the 0 branch, and remember the deepest 0 taken.
        if not self.reset():
            return None, 0
        self.writebyte(0xF0)
        if not last:
            last = bytearray(8)
        rom = bytearray(8)
        next_fork = 0
        pos = 64
        for byte in range(8):
            acc = 0
            for bit in range(8):
                b = self.readbit()
                if self.readbit():
                    if b:
                        return None, 0
                elif not b:
                    if fork > pos or ((last[byte] & (1 << bit)) and fork != pos):
                        b = 1
                        next_fork = pos
                self.writebit(b)
                if b:
                    acc |= 1 << bit
                pos -= 1
            rom[byte] = acc
        return rom, next_fork

    def crc8(self, data):
        return _crc8(data)
