//! `array`: the module holding the `array` type. The type itself is
//! built in (`objects/array.rs`), since it is a buffer like bytes.

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("array");
    let class = vm.types.array;
    vm.module_add(d, "array", Value::Obj(class));
    Ok(m)
}
