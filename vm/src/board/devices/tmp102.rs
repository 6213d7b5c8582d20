//! A TI TMP102 temperature sensor (default address 0x48), after its
//! datasheet: a pointer register selects the temperature (0, read only),
//! configuration (1), T_LOW (2) or T_HIGH (3) register; each is 16 bits,
//! most significant byte first. Temperatures are 12-bit two's complement in
//! the top bits, 0.0625 °C per step (13 bits with EM set in the
//! configuration, and bit 0 of the low byte then reads 1).

use super::I2cDevice;
use std::any::Any;

pub const DEFAULT_ADDRESS: u8 = 0x48;
/// Configuration at power-up: 12-bit, comparator mode, 4 Hz, AL = 1.
const CONFIG_RESET: u16 = 0x60A0;
const EM: u16 = 0x0010;
const AL: u16 = 0x0020;
const POL: u16 = 0x0400;
/// F1 F0 POL TM SD, CR1 CR0 and EM; the resolution bits R1 R0 are read only.
const WRITABLE_CONFIG: u16 = 0x1F00 | 0x00C0 | EM;

pub struct Tmp102 {
    celsius: f64,
    pointer: u8,
    config: u16,
    t_low: u16,
    t_high: u16,
    /// Comparator state: above T_HIGH until it falls below T_LOW.
    alert: bool,
    /// Byte index within the register being read or written.
    index: u8,
    /// First byte of a register write, waiting for the second.
    pending: Option<u8>,
    /// The next byte written in this transaction is the pointer.
    expect_pointer: bool,
}

impl Tmp102 {
    pub fn new(celsius: f64) -> Tmp102 {
        let mut t = Tmp102 {
            celsius,
            pointer: 0,
            config: CONFIG_RESET,
            t_low: 75 << 8,
            t_high: 80 << 8,
            alert: false,
            index: 0,
            pending: None,
            expect_pointer: false,
        };
        t.update_alert();
        t
    }

    pub fn set_celsius(&mut self, celsius: f64) {
        self.celsius = celsius;
        self.update_alert();
    }

    pub fn celsius(&self) -> f64 {
        self.celsius
    }

    fn extended(&self) -> bool {
        self.config & EM != 0
    }

    /// A temperature register value from degrees.
    fn encode(&self, celsius: f64) -> u16 {
        let (bits, shift, flag) = if self.extended() { (13, 3, 1) } else { (12, 4, 0) };
        let max = (1i32 << (bits - 1)) - 1;
        let steps = (celsius / 0.0625).round().clamp(-(max as f64) - 1.0, max as f64) as i32;
        ((steps << shift) as u16) | flag
    }

    fn decode(&self, reg: u16) -> f64 {
        let shift = if self.extended() { 3 } else { 4 };
        ((reg as i16) >> shift) as f64 * 0.0625
    }

    fn update_alert(&mut self) {
        if self.celsius >= self.decode(self.t_high) {
            self.alert = true;
        } else if self.celsius < self.decode(self.t_low) {
            self.alert = false;
        }
    }

    fn register(&self) -> u16 {
        match self.pointer & 3 {
            0 => self.encode(self.celsius),
            1 => {
                // AL reads the comparator output at the polarity POL asks for.
                let active_high = self.config & POL != 0;
                let al = self.alert == active_high;
                (self.config & !AL) | if al { AL } else { 0 }
            }
            2 => self.t_low,
            _ => self.t_high,
        }
    }

    fn store(&mut self, value: u16) {
        match self.pointer & 3 {
            0 => {}
            1 => self.config = (self.config & !WRITABLE_CONFIG) | (value & WRITABLE_CONFIG),
            2 => self.t_low = value,
            _ => self.t_high = value,
        }
        self.update_alert();
    }
}

impl I2cDevice for Tmp102 {
    fn start(&mut self, read: bool) {
        self.index = 0;
        self.pending = None;
        self.expect_pointer = !read;
    }

    fn write_byte(&mut self, byte: u8) -> bool {
        if self.expect_pointer {
            self.expect_pointer = false;
            self.pointer = byte & 3;
            return true;
        }
        match self.pending.take() {
            None => self.pending = Some(byte),
            Some(msb) => self.store(u16::from_be_bytes([msb, byte])),
        }
        true
    }

    fn read_byte(&mut self) -> u8 {
        let bytes = self.register().to_be_bytes();
        let b = bytes[(self.index & 1) as usize];
        self.index = self.index.wrapping_add(1);
        b
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_reg(t: &mut Tmp102, reg: u8) -> [u8; 2] {
        t.start(false);
        t.write_byte(reg);
        t.start(true);
        [t.read_byte(), t.read_byte()]
    }

    #[test]
    fn temperature_register_follows_the_datasheet_examples() {
        // Datasheet table: 25 °C = 0x190, 0.0625 °C = 0x001, -25 °C = 0xE70
        let mut t = Tmp102::new(25.0);
        assert_eq!(read_reg(&mut t, 0), [0x19, 0x00]);
        t.set_celsius(0.0625);
        assert_eq!(read_reg(&mut t, 0), [0x00, 0x10]);
        t.set_celsius(-25.0);
        assert_eq!(read_reg(&mut t, 0), [0xE7, 0x00]);
        t.set_celsius(500.0);
        assert_eq!(read_reg(&mut t, 0), [0x7F, 0xF0]);
    }

    #[test]
    fn config_and_limits_power_up_and_accept_writes() {
        let mut t = Tmp102::new(20.0);
        assert_eq!(read_reg(&mut t, 1), [0x60, 0xA0]);
        assert_eq!(read_reg(&mut t, 2), [0x4B, 0x00]);
        assert_eq!(read_reg(&mut t, 3), [0x50, 0x00]);
        // the comparator: above T_HIGH the alert is active (AL reads 0)
        // until the temperature falls below T_LOW
        t.set_celsius(90.0);
        assert_eq!(read_reg(&mut t, 1)[1] & 0x20, 0);
        t.set_celsius(77.0);
        assert_eq!(read_reg(&mut t, 1)[1] & 0x20, 0);
        t.set_celsius(20.0);
        assert_eq!(read_reg(&mut t, 1)[1] & 0x20, 0x20);
        // extended mode: 13 bits, bit 0 flags it; R1 R0 stay read-only
        t.start(false);
        for b in [1, 0x00, 0xB0] {
            t.write_byte(b);
        }
        assert_eq!(read_reg(&mut t, 1), [0x60, 0xB0]);
        assert_eq!(read_reg(&mut t, 0), [0x0A, 0x01]);
    }
}
