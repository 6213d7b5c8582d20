//! A plain register file (or a 24LCxx-style EEPROM with 2 address bytes):
//! a write sets the register pointer, further bytes are stored from there,
//! reads continue from the pointer; the pointer wraps at the end.

use super::I2cDevice;
use std::any::Any;

pub struct RegisterFile {
    pub memory: Vec<u8>,
    /// Bytes of register address at the start of a write: 1 or 2.
    addr_bytes: u8,
    pointer: usize,
    /// Address bytes still expected in the current write.
    addr_pending: u8,
    pub stretch_us: u32,
}

impl RegisterFile {
    /// 256 registers with 1-byte addresses, all zero.
    pub fn new() -> RegisterFile {
        RegisterFile::with_size(256, 1)
    }

    /// `size` bytes of memory (at least 1) addressed with `addr_bytes` (1 or 2).
    pub fn with_size(size: usize, addr_bytes: u8) -> RegisterFile {
        RegisterFile {
            memory: vec![0; size.max(1)],
            addr_bytes: addr_bytes.clamp(1, 2),
            pointer: 0,
            addr_pending: 0,
            stretch_us: 0,
        }
    }
}

impl Default for RegisterFile {
    fn default() -> Self {
        RegisterFile::new()
    }
}

impl I2cDevice for RegisterFile {
    fn start(&mut self, read: bool) {
        if !read {
            self.addr_pending = self.addr_bytes;
        }
    }

    fn write_byte(&mut self, byte: u8) -> bool {
        if self.addr_pending > 0 {
            // The first address byte replaces the pointer, later ones shift in.
            self.pointer =
                if self.addr_pending == self.addr_bytes { byte as usize } else { (self.pointer << 8) | byte as usize };
            self.addr_pending -= 1;
            if self.addr_pending == 0 {
                self.pointer %= self.memory.len();
            }
            return true;
        }
        let n = self.memory.len();
        self.memory[self.pointer % n] = byte;
        self.pointer = (self.pointer + 1) % n;
        true
    }

    fn read_byte(&mut self) -> u8 {
        let n = self.memory.len();
        let b = self.memory[self.pointer % n];
        self.pointer = (self.pointer + 1) % n;
        b
    }

    fn clock_stretch_us(&self) -> u32 {
        self.stretch_us
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

    #[test]
    fn writes_set_the_pointer_then_store_and_reads_continue() {
        let mut r = RegisterFile::new();
        r.start(false);
        for b in [0x10, 1, 2, 3] {
            assert!(r.write_byte(b));
        }
        r.start(false);
        r.write_byte(0x11);
        r.start(true);
        assert_eq!((r.read_byte(), r.read_byte()), (2, 3));
        assert_eq!(&r.memory[0x10..0x13], &[1, 2, 3]);
    }

    #[test]
    fn two_byte_addresses_and_wrapping() {
        let mut r = RegisterFile::with_size(1024, 2);
        r.start(false);
        for b in [0x03, 0xff, 7, 8] {
            r.write_byte(b);
        }
        assert_eq!((r.memory[1023], r.memory[0]), (7, 8));
    }
}
