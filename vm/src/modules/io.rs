//! `io`: `StringIO`, `BytesIO` and `open` (all in `crate::fs::file`).

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("io");
    let c = crate::fs::file::classes(vm);
    // The file classes (TextIOWrapper, FileIO) are not attributes of
    // MicroPython's `io`; only the in-memory streams are.
    let (s, b) = (c.string_io, c.bytes_io);
    for (name, class) in [("StringIO", s), ("BytesIO", b)] {
        vm.module_add(d, name, Value::Obj(class));
    }
    vm.module_add_fn(d, "open", crate::builtins::files::open);
    Ok(m)
}
