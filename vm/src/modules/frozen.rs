//! Modules written in Python (our own source, embedded in the binary) and
//! compiled on first import, as MicroPython freezes its asyncio.

use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Run `source` as the body of a new module called `name`; `prelude` adds
/// native names to its namespace first.
pub fn load(vm: &mut Vm, name: &str, source: &str, prelude: impl FnOnce(&mut Vm, ObjRef)) -> PyResult<Value> {
    let (module, dict) = vm.new_module(name);
    vm.temp_roots.push(module);
    prelude(vm, dict);
    let file = format!("<frozen {name}>");
    let r = vm.exec_source(source, &file, dict);
    vm.temp_roots.pop();
    r.map(|_| module)
}

pub fn heapq(vm: &mut Vm) -> PyResult<Value> {
    load(vm, "heapq", include_str!("py/heapq.py"), |_, _| {})
}

/// Like `load`, but one instance per VM however it is imported: `uasyncio`
/// and `asyncio` must share one scheduler.
pub fn load_shared(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    if let Some(m) = vm.namespace_get(vm.modules, key) {
        return Ok(m);
    }
    let m = load(vm, name, source, |_, _| {})?;
    let modules = vm.modules;
    vm.dict_set_str_key(modules, key, m);
    Ok(m)
}
