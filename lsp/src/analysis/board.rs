//! The board a document is checked against, and what a static check may
//! ask of it: which modules exist, which pins and peripheral ids are valid.
//! The facts themselves are `upy-boards`' table; this is a small handle on
//! one entry of it.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use upy_boards::BoardProfile;

/// One board of the table (`Board::default()` is the portable one).
#[derive(Clone, Copy)]
pub struct Board(&'static BoardProfile);

impl Board {
    /// Every board, in the table's order.
    pub fn all() -> impl Iterator<Item = Board> {
        upy_boards::PROFILES.iter().map(|p| Board(p))
    }

    /// By name or alias (`pico` is rp2), in any case.
    pub fn parse(name: &str) -> Option<Board> {
        upy_boards::find(name).map(Board)
    }

    pub fn name(self) -> &'static str {
        self.0.name
    }

    pub fn profile(self) -> &'static BoardProfile {
        self.0
    }

    /// Its place in the table, for per-board caches.
    pub fn index(self) -> usize {
        upy_boards::PROFILES.iter().position(|p| p.name == self.0.name).unwrap_or(0)
    }

    /// No particular hardware: it stands for every port, and its pins are
    /// not held against a program.
    pub fn is_portable(self) -> bool {
        self.0.portable
    }

    /// Whether the firmware has `module` built in (whether or not a stub
    /// describes it); `utime` counts as `time`.
    pub fn has_module(self, module: &str) -> bool {
        self.0.has_module(module)
    }

    /// Modules built into the firmware, for completion.
    pub fn builtin_modules(self) -> &'static [&'static str] {
        self.0.modules
    }

    /// Is `pin` a GPIO number the board has? `None` when the board is
    /// portable (no pin map to hold a program to).
    pub fn pin_valid(self, pin: i64) -> Option<bool> {
        if self.0.portable {
            return None;
        }
        Some(u32::try_from(pin).is_ok_and(|p| self.0.is_pin(p)))
    }

    /// Valid hardware ids of a peripheral class in `machine`, when known.
    pub fn peripheral_ids(self, class: &str) -> Option<Vec<i64>> {
        let p = self.0;
        if p.portable {
            return None;
        }
        match class {
            "I2C" => Some(p.i2c.iter().map(|b| i64::from(b.id)).collect()),
            "SPI" => Some(p.spi.iter().map(|b| i64::from(b.id)).collect()),
            "UART" => Some(p.uart.iter().map(|b| i64::from(b.id)).collect()),
            "Timer" => Some(p.timer_ids.iter().map(|&t| i64::from(t)).collect()),
            _ => None,
        }
    }
}

impl Default for Board {
    fn default() -> Board {
        Board(upy_boards::PROFILES.iter().copied().find(|p| p.portable).unwrap_or(&upy_boards::GENERIC))
    }
}

impl PartialEq for Board {
    fn eq(&self, other: &Board) -> bool {
        self.0.name == other.0.name
    }
}

impl Eq for Board {}

impl Hash for Board {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.name.hash(state);
    }
}

impl PartialOrd for Board {
    fn partial_cmp(&self, other: &Board) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Board {
    fn cmp(&self, other: &Board) -> Ordering {
        self.index().cmp(&other.index())
    }
}

impl fmt::Debug for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Board({})", self.0.name)
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boards_come_from_the_table() {
        let esp32 = Board::parse("ESP32").unwrap();
        assert_eq!(esp32.name(), "esp32");
        assert_eq!(Board::parse("pico").map(Board::name), Some("rp2"));
        assert!(Board::default().is_portable());
        assert_eq!(Board::all().count(), upy_boards::PROFILES.len());
    }

    #[test]
    fn pins_and_peripheral_ids() {
        let esp32 = Board::parse("esp32").unwrap();
        assert_eq!(esp32.pin_valid(20), Some(false));
        assert_eq!(esp32.pin_valid(39), Some(true));
        assert_eq!(esp32.pin_valid(-1), Some(false));
        assert_eq!(esp32.peripheral_ids("SPI"), Some(vec![1, 2]));
        assert_eq!(Board::parse("rp2").unwrap().peripheral_ids("Timer"), Some(vec![-1]));
        assert_eq!(Board::default().pin_valid(99), None);
        assert!(esp32.has_module("utime") && esp32.has_module("espnow") && !esp32.has_module("rp2"));
    }
}
