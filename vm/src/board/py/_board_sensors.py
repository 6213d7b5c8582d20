# The simulated parts on the board's single-wire pins: DHT11/DHT22 humidity
# sensors and a 1-Wire bus per pin with DS18x20 thermometers on it. Tests and
# notebooks add parts and set their readings here; `dht`, `onewire` and
# `ds18x20` talk to them the way the firmware's drivers talk to real ones.


def _key(pin):
    # A pin is known by its number: Pin(4) and 4 name the same wire.
    if isinstance(pin, int):
        return "Pin(%d)" % pin
    r = repr(pin)
    i = r.find(",")
    return r[:i] + ")" if i > 0 else r


_dht = {}
_buses = {}


def dht(pin, temperature=20.0, humidity=50.0, model=22):
    """Put a DHT11 (model=11) or DHT22 on `pin` reading these values."""
    if model not in (11, 22):
        raise ValueError("model must be 11 or 22")
    _dht[_key(pin)] = [model, float(temperature), float(humidity)]


def remove_dht(pin):
    _dht.pop(_key(pin), None)


def dht_readinto(pin, buf):
    if len(buf) < 5:
        raise ValueError("buffer too small")
    part = _dht.get(_key(pin))
    if part is None:
        # No answer on the wire: the firmware's driver times out.
        raise OSError(110)
    model, t, h = part
    if model == 11:
        h = max(0, min(255, int(h)))
        t = max(0, min(255, int(t)))
        data = [h, 0, t, 0]
    else:
        h10 = max(0, min(1000, int(h * 10 + 0.5)))
        t10 = min(0x7FFF, int(abs(t) * 10 + 0.5))
        data = [h10 >> 8, h10 & 0xFF, (t10 >> 8) | (0x80 if t < 0 else 0), t10 & 0xFF]
    for i in range(4):
        buf[i] = data[i]
    buf[4] = sum(data) & 0xFF


def crc8(data):
    # Dallas/Maxim CRC-8 (polynomial x^8 + x^5 + x^4 + 1, bits LSB first).
    crc = 0
    for byte in data:
        for _ in range(8):
            mix = (crc ^ byte) & 1
            crc >>= 1
            if mix:
                crc ^= 0x8C
            byte >>= 1
    return crc


class _Thermometer:
    def __init__(self, rom, temperature):
        self.rom = bytes(rom)
        self.temperature = float(temperature)
        # Power-on scratchpad: 85 C until the first conversion, alarms
        # 75/70, 12-bit resolution.
        self.scratch = bytearray(9)
        self.scratch[2], self.scratch[3], self.scratch[4] = 75, 70, 0x7F
        self._load(85.0)

    def _load(self, t):
        s = self.scratch
        if self.rom[0] == 0x10:
            whole = int(t // 1)
            frac = t - whole
            if frac > 0.75:
                whole += 1
                frac -= 1
            s[0] = (whole * 2) & 0xFF
            s[1] = 0xFF if whole < 0 else 0
            s[6] = max(0, min(16, int(12 - 16 * frac + 0.5)))
            s[7] = 16
        else:
            raw = int(t * 16 + (0.5 if t >= 0 else -0.5)) & 0xFFFF
            s[0], s[1] = raw & 0xFF, raw >> 8
            s[5], s[6], s[7] = 0xFF, 0x0C, 0x10
        s[8] = crc8(s[:8])

    def convert(self):
        self._load(self.temperature)


class _Bus:
    def __init__(self):
        self.parts = []
        self.reset()

    def reset(self):
        self.state = "rom"
        self.selected = []
        self.bits_out = []
        self.bits_in = []
        self.match = bytearray()
        self.search_pos = 0
        self.search_phase = 0
        self.pending = 0
        return bool(self.parts)

    def _rom_bit(self, part, pos):
        return (part.rom[pos >> 3] >> (pos & 7)) & 1

    def readbit(self):
        if self.state == "search":
            pos = self.search_pos
            if self.search_phase == 0:
                self.search_phase = 1
                return int(all(self._rom_bit(p, pos) for p in self.selected))
            if self.search_phase == 1:
                self.search_phase = 2
                return int(all(not self._rom_bit(p, pos) for p in self.selected))
            return 1
        if self.bits_out:
            return self.bits_out.pop(0)
        # An idle bus reads 1 (and a finished conversion reports done).
        return 1

    def writebit(self, bit):
        bit = 1 if bit else 0
        if self.state == "search":
            pos = self.search_pos
            self.selected = [p for p in self.selected if self._rom_bit(p, pos) == bit]
            self.search_pos += 1
            self.search_phase = 0
            if self.search_pos == 64:
                self.state = "func"
            return
        self.bits_in.append(bit)
        if len(self.bits_in) == 8:
            byte = 0
            for i, b in enumerate(self.bits_in):
                byte |= b << i
            self.bits_in = []
            self._byte(byte)

    def _byte(self, byte):
        st = self.state
        if st == "rom":
            if byte == 0xCC:
                self.selected = list(self.parts)
                self.state = "func"
            elif byte == 0x55:
                self.match = bytearray()
                self.state = "match"
            elif byte == 0xF0:
                self.selected = list(self.parts)
                self.search_pos = 0
                self.search_phase = 0
                self.state = "search"
            elif byte == 0x33 and len(self.parts) == 1:
                self._send(self.parts[0].rom)
                self.selected = list(self.parts)
                self.state = "func"
            else:
                self.state = "idle"
        elif st == "match":
            self.match.append(byte)
            if len(self.match) == 8:
                self.selected = [p for p in self.parts if p.rom == bytes(self.match)]
                self.state = "func"
        elif st == "func":
            if byte == 0x44:
                for p in self.selected:
                    p.convert()
                self.state = "idle"
            elif byte == 0xBE and len(self.selected) == 1:
                self._send(self.selected[0].scratch)
                self.state = "idle"
            elif byte == 0x4E:
                self.pending = 0
                self.state = "write"
            else:
                self.state = "idle"
        elif st == "write":
            for p in self.selected:
                p.scratch[2 + self.pending] = byte
                p.scratch[8] = crc8(p.scratch[:8])
            self.pending += 1
            if self.pending == 3:
                self.state = "idle"

    def _send(self, data):
        for byte in data:
            for i in range(8):
                self.bits_out.append((byte >> i) & 1)


def _bus(pin):
    k = _key(pin)
    b = _buses.get(k)
    if b is None:
        b = _buses[k] = _Bus()
    return b


_serial = [0]


def ds18x20(pin, temperature=20.0, family=0x28, serial=None):
    """Put a DS18B20 (family 0x28), DS1822 (0x22) or DS18S20 (0x10) on the
    1-Wire bus of `pin`; returns its ROM code."""
    if family not in (0x10, 0x22, 0x28):
        raise ValueError("family must be 0x10, 0x22 or 0x28")
    if serial is None:
        _serial[0] += 1
        serial = _serial[0]
    rom = bytearray(8)
    rom[0] = family
    for i in range(6):
        rom[1 + i] = (serial >> (8 * i)) & 0xFF
    rom[7] = crc8(rom[:7])
    _bus(pin).parts.append(_Thermometer(rom, temperature))
    return bytes(rom)


def set_temperature(rom, temperature):
    """Set the temperature the thermometer with this ROM code measures."""
    rom = bytes(rom)
    for b in _buses.values():
        for p in b.parts:
            if p.rom == rom:
                p.temperature = float(temperature)
                return
    raise ValueError("no thermometer with that ROM")


def remove_all(pin):
    _bus(pin).parts = []
