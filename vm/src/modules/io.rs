//! `io`: `StringIO`, `BytesIO` and `open` (all in `crate::fs::file`), and
//! `IOBase`.

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
    // Python classes derive from it to be streams: print(file=), json,
    // select.poll and asyncio call their write/readinto/ioctl.
    let iobase = super::new_class(vm, "IOBase");
    vm.module_add(d, "IOBase", Value::Obj(iobase));
    vm.extensions.insert(super::stream::IoBaseClass(iobase));
    Ok(m)
}
