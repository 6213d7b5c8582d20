//! `asyncio` (Python, `py/asyncio.py`, compiled on first import), written
//! to schedule tasks in the order MicroPython's extmod/asyncio does. Time
//! comes from `time.ticks_ms` and waiting from `select.poll`, both on the
//! VM's clock, so in virtual time the loop jumps straight to the next
//! deadline. `_asyncio` is the name MicroPython gives its native core
//! (`TaskQueue`, `Task`); here it hands out the same two classes.

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::load_shared(vm, "asyncio", include_str!("py/asyncio.py"))
}

pub fn make_core(vm: &mut Vm) -> PyResult<Value> {
    let full = vm.import_one("asyncio")?;
    let (m, d) = vm.new_module("_asyncio");
    for name in ["TaskQueue", "Task"] {
        let key = vm.intern(name);
        let v = vm.get_attr(full, key)?;
        vm.module_add(d, name, v);
    }
    Ok(m)
}
