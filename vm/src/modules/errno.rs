//! `errno`: the error numbers `OSError` carries, and `errorcode`.

use crate::objects::dict::Dict;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub const CODES: &[(&str, i64)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("EIO", 5),
    ("EBADF", 9),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EEXIST", 17),
    ("ENODEV", 19),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("EOPNOTSUPP", 95),
    ("EADDRINUSE", 98),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("ENOTCONN", 107),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("errno");
    vm.temp_roots.push(m);
    let codes = vm.new_dict(Dict::new());
    for &(name, n) in CODES {
        vm.module_add(d, name, Value::Int(n));
        let s = vm.new_str(name);
        vm.dict_set(codes, Value::Int(n), s)?;
    }
    // A constant table in ROM on a board: fixed.
    if let Some(crate::runtime::object::Object::Dict(cd)) = codes.as_obj().map(|r| vm.heap.get_mut(r)) {
        cd.fixed = true;
    }
    vm.module_add(d, "errorcode", codes);
    vm.temp_roots.pop();
    Ok(m)
}
