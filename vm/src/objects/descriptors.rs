//! `property`, `staticmethod` and `classmethod`.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// `property(fget, fset, fdel, doc)`.
#[derive(Clone, Copy, Debug)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub fn register(vm: &mut Vm) {
    let p = vm.types.property;
    vm.add_static(p, "__new__", property_new);
    vm.add_method(p, "getter", property_getter);
    vm.add_method(p, "setter", property_setter);
    vm.add_method(p, "deleter", property_deleter);
    let s = vm.types.staticmethod;
    vm.add_static(s, "__new__", staticmethod_new);
    let c = vm.types.classmethod;
    vm.add_static(c, "__new__", classmethod_new);
}

fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let fget = vm.arg_or(args, kw, 1, "fget", Value::None);
    let fset = vm.arg_or(args, kw, 2, "fset", Value::None);
    let fdel = vm.arg_or(args, kw, 3, "fdel", Value::None);
    let doc = vm.arg_or(args, kw, 4, "doc", Value::None);
    Ok(vm.new_property(fget, fset, fdel, doc))
}

fn with_part(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    vm.check_args("property", args, 2, 2)?;
    let (mut fget, mut fset, mut fdel, doc) = match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Property(p)) => (p.fget, p.fset, p.fdel, p.doc),
        _ => return Err(vm.type_error("descriptor needs a property")),
    };
    match which {
        0 => fget = args[1],
        1 => fset = args[1],
        _ => fdel = args[1],
    }
    Ok(vm.new_property(fget, fset, fdel, doc))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_part(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_part(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_part(vm, args, 2)
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("staticmethod", args, 2, 2)?;
    Ok(vm.alloc(Object::StaticMethod(args[1])))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("classmethod", args, 2, 2)?;
    Ok(vm.alloc(Object::ClassMethod(args[1])))
}
