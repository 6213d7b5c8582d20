//! The single-wire parts (DHT11/DHT22, DS18x20 on 1-Wire) and the drivers
//! programs use for them. The firmware freezes `dht`, `onewire` and
//! `ds18x20` as Python over its `_onewire`/`dht_readinto` primitives; here
//! they are our own Python over `_board_sensors`, which holds the simulated
//! parts a test or notebook adds and whose readings it sets.

use crate::modules::frozen::load;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn board_sensors(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "_board_sensors", include_str!("py/_board_sensors.py"), |_, _| {})
}

pub fn onewire_primitives(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "_onewire", include_str!("py/_onewire.py"), |_, _| {})
}

pub fn dht(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "dht", include_str!("py/dht.py"), |_, _| {})
}

pub fn onewire(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "onewire", include_str!("py/onewire.py"), |_, _| {})
}

pub fn ds18x20(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "ds18x20", include_str!("py/ds18x20.py"), |_, _| {})
}

/// Make the drivers and the parts' module importable.
pub fn register(vm: &mut Vm) {
    vm.builtin_modules.insert("_board_sensors", board_sensors);
    vm.builtin_modules.insert("_onewire", onewire_primitives);
    vm.builtin_modules.insert("dht", dht);
    vm.builtin_modules.insert("onewire", onewire);
    vm.builtin_modules.insert("ds18x20", ds18x20);
}
