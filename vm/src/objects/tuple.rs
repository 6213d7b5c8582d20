//! `tuple`: the constructor and methods.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.types.tuple;
    vm.add_static(t, "__new__", tuple_new);
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(1) {
        Some(&it) => {
            if let Some(Object::Tuple(_)) = it.as_obj().map(|r| vm.heap.get(r)) {
                return Ok(it);
            }
            let items = vm.collect_iter(it)?;
            Ok(vm.new_tuple(items))
        }
        None => Ok(vm.empty_tuple),
    }
}
