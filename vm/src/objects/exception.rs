//! `BaseException` and friends: `__init__` stores the arguments.

use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let base = vm.exc.get(ExcKind::BaseException);
    vm.add_method(base, "__init__", exc_init);
    vm.add_static(base, "__new__", exc_new);
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.first().copied() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    Ok(vm.new_exception(class, args[1..].to_vec()))
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(&this) = args.first() else { return Ok(Value::None) };
    let t = vm.new_tuple(args[1..].to_vec());
    if let Value::Obj(r) = this {
        if let Object::Instance(i) = vm.heap.get_mut(r) {
            if let Some(e) = i.exc_mut() {
                e.args = t;
            }
        }
    }
    Ok(Value::None)
}
