//! `list`: the constructor and methods.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let l = vm.types.list;
    vm.add_static(l, "__new__", list_new);
    vm.add_method(l, "append", list_append);
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter(it)?,
        None => vec![],
    };
    Ok(vm.new_list(items))
}

/// The list inside `v` (a list, or an instance of a list subclass).
pub fn list_ref(vm: &mut Vm, v: Value) -> PyResult<crate::runtime::heap::ObjRef> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::List(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'list' object but received a '{t}'")))
        }
    }
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("append", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    vm.list_append(Value::Obj(r), args[1])?;
    Ok(Value::None)
}
