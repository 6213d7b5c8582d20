//! `io`: `StringIO`, `BytesIO`, `open` and the file classes (all in
//! `crate::fs::file`).

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("io");
    let c = crate::fs::file::classes(vm);
    let (t, f, s, b) = (c.text_io, c.file_io, c.string_io, c.bytes_io);
    for (name, class) in [
        ("TextIOWrapper", t),
        ("FileIO", f),
        ("BufferedReader", f),
        ("BufferedWriter", f),
        ("BufferedRandom", f),
        ("StringIO", s),
        ("BytesIO", b),
    ] {
        vm.module_add(d, name, Value::Obj(class));
    }
    vm.module_add_fn(d, "open", crate::builtins::files::open);
    Ok(m)
}
