//! Built-in modules, one file each, made on first import.

use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let _ = vm;
}
