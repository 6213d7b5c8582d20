//! `float`: the constructor and methods.

use crate::format::float_parse::parse_float;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let f = vm.types.float;
    vm.add_static(f, "__new__", float_new);
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(&x) = args.get(1) else { return Ok(Value::Float(0.0)) };
    to_float(vm, x)
}

pub fn to_float(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if let Some(s) = vm.as_str(x) {
        let s = s.to_string();
        return match parse_float(&s) {
            Ok(f) => Ok(Value::Float(f)),
            Err(e) => Err(vm.format_error(e)),
        };
    }
    if let Some(Object::Instance(_)) = x.as_obj().map(|r| vm.heap.get(r)) {
        let name = vm.names.float;
        let class = vm.class_of(x);
        if let Some(f) = vm.lookup_class_attr(class, name) {
            return vm.call(f, &[x]);
        }
    }
    match vm.float_value(x) {
        Some(f) => Ok(Value::Float(f)),
        None => {
            if let Some(Object::BigInt(_)) = x.as_obj().map(|r| vm.heap.get(r)) {
                return Err(vm.err(crate::runtime::error::ExcKind::OverflowError, "int too big to convert"));
            }
            let t = vm.type_name(x);
            Err(vm.type_error(format!("can't convert {t} to float")))
        }
    }
}
