//! The boards the server knows, and the facts about each that a static check
//! can use: which modules exist, which pins and peripheral ids are valid.

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Board {
    Esp32,
    Rp2,
    /// No particular hardware: every MicroPython module, no pin checks.
    #[default]
    Generic,
}

impl Board {
    pub const ALL: [Board; 3] = [Board::Esp32, Board::Rp2, Board::Generic];

    pub fn parse(name: &str) -> Option<Board> {
        match name.trim().to_ascii_lowercase().as_str() {
            "esp32" => Some(Board::Esp32),
            "rp2" | "rp2040" | "pico" | "pico_w" | "rpi_pico" => Some(Board::Rp2),
            "generic" | "unix" => Some(Board::Generic),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Board::Esp32 => "esp32",
            Board::Rp2 => "rp2",
            Board::Generic => "generic",
        }
    }

    /// Modules built into MicroPython on this board (whether or not a stub
    /// describes them). A module with a stub is always importable too.
    pub fn builtin_modules(self) -> Vec<&'static str> {
        let mut v = COMMON_MODULES.to_vec();
        match self {
            Board::Esp32 => v.extend_from_slice(ESP32_MODULES),
            Board::Rp2 => v.extend_from_slice(RP2_MODULES),
            Board::Generic => {}
        }
        v
    }

    /// Is `pin` a GPIO number the board has? `None` when the board has no pin
    /// map (generic).
    pub fn pin_valid(self, pin: i64) -> Option<bool> {
        match self {
            // GPIO 20, 24 and 28–31 do not exist on the ESP32; 34–39 are
            // input-only but still valid pins.
            Board::Esp32 => Some(matches!(pin, 0..=19 | 21..=23 | 25..=27 | 32..=39)),
            Board::Rp2 => Some(matches!(pin, 0..=29)),
            Board::Generic => None,
        }
    }

    /// Valid hardware ids of a peripheral class in `machine`, when known.
    pub fn peripheral_ids(self, class: &str) -> Option<&'static [i64]> {
        match (self, class) {
            (Board::Esp32, "I2C") => Some(&[0, 1]),
            (Board::Esp32, "SPI") => Some(&[1, 2]),
            (Board::Esp32, "UART") => Some(&[0, 1, 2]),
            (Board::Esp32, "Timer") => Some(&[0, 1, 2, 3]),
            (Board::Rp2, "I2C") => Some(&[0, 1]),
            (Board::Rp2, "SPI") => Some(&[0, 1]),
            (Board::Rp2, "UART") => Some(&[0, 1]),
            (Board::Rp2, "Timer") => Some(&[-1]),
            _ => None,
        }
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Built into every MicroPython port this server targets, with the legacy
/// `u`-prefixed names that still import.
const COMMON_MODULES: &[&str] = &[
    "array",
    "asyncio",
    "binascii",
    "builtins",
    "cmath",
    "collections",
    "deflate",
    "errno",
    "framebuf",
    "gc",
    "hashlib",
    "heapq",
    "io",
    "json",
    "machine",
    "math",
    "micropython",
    "os",
    "platform",
    "random",
    "re",
    "select",
    "socket",
    "ssl",
    "struct",
    "sys",
    "time",
    "uctypes",
    "vfs",
    "zlib",
    "_thread",
    "uasyncio",
    "ubinascii",
    "ucollections",
    "uerrno",
    "uhashlib",
    "uheapq",
    "uio",
    "ujson",
    "uos",
    "urandom",
    "ure",
    "uselect",
    "usocket",
    "ussl",
    "ustruct",
    "usys",
    "utime",
    "uzlib",
    "cryptolib",
];

const ESP32_MODULES: &[&str] = &[
    "esp",
    "esp32",
    "network",
    "bluetooth",
    "neopixel",
    "onewire",
    "ds18x20",
    "dht",
    "espnow",
    "webrepl",
    "ntptime",
    "btree",
];

const RP2_MODULES: &[&str] = &["rp2", "network", "bluetooth", "neopixel", "onewire", "ds18x20", "dht", "ntptime"];
