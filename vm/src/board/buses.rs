//! Buses of the simulated board: I2C, SPI, UART, RTC, WDT. Registered into
//! the `machine` module.

use crate::runtime::heap::ObjRef;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm, machine: ObjRef) {
    let _ = (vm, machine);
}
