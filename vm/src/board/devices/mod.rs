//! Simulated parts that sit on the board's buses. An I2C device sees the
//! bus one byte at a time, as a real part does, so the same device answers
//! `readfrom_mem` on a hardware bus and hand-made START/write/STOP sequences
//! on a `SoftI2C`.

pub mod register_file;
pub mod tmp102;

use std::any::Any;

pub use register_file::RegisterFile;
pub use tmp102::Tmp102;

/// A device on an I2C bus, addressed by the bus (see `board::i2c::attach`).
pub trait I2cDevice: Any + Send {
    /// A START or repeated START addressed this device, for reading or writing.
    fn start(&mut self, read: bool);
    /// The controller wrote a byte; false is a NACK.
    fn write_byte(&mut self, byte: u8) -> bool;
    /// The controller reads a byte.
    fn read_byte(&mut self) -> u8;
    /// The controller sent STOP.
    fn stop(&mut self) {}
    /// How long the part holds SCL low before answering, in microseconds;
    /// longer than the bus's `timeout` makes the transfer fail with ETIMEDOUT.
    fn clock_stretch_us(&self) -> u32 {
        0
    }
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// A device on an SPI bus: full duplex, one byte in for one byte out.
pub trait SpiDevice: Any + Send {
    fn transfer(&mut self, mosi: u8) -> u8;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}
