//! Which built-ins take keyword arguments. MicroPython's built-in functions
//! and the methods of its built-in types take them only where listed here;
//! anywhere else `f(x=1)` is "function doesn't take keyword arguments".

use crate::objects::function::NativeFunction;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Built-in functions that take keywords.
const FUNCTIONS: &[&str] = &["print", "sorted", "min", "max", "open", "__import__"];

/// Methods of built-in types that take keywords, as (type, method).
const METHODS: &[(&str, &str)] = &[
    ("dict", "__new__"),
    ("dict", "__init__"),
    ("dict", "update"),
    ("OrderedDict", "__new__"),
    ("enumerate", "__new__"),
    ("int", "to_bytes"),
    ("list", "sort"),
    ("str", "format"),
    ("str", "splitlines"),
    ("property", "__new__"),
];

/// The numeric, text and buffer types are left as they are: their
/// keyword handling belongs with their own files.
const LEFT_ALONE: &[&str] = &["int", "float", "complex", "str", "bytes", "bytearray", "memoryview"];

pub fn refuse_keywords(vm: &mut Vm) {
    let builtins = vm.builtins;
    for (k, v) in dict_entries(vm, builtins) {
        let name = vm.str_of(k).to_string();
        match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Class(c)) if !c.is_user && !LEFT_ALONE.contains(&c.name.as_str()) => {
                let (class, cname) = (v.as_obj().expect("class"), c.name.clone());
                refuse_in_class(vm, class, &cname);
            }
            Some(Object::NativeFunction(_)) if !FUNCTIONS.contains(&name.as_str()) => refuse(vm, v),
            _ => {}
        }
    }
    for class in [vm.types.ordereddict, vm.types.bound_method, vm.types.iterator] {
        let cname = vm.class_name(class).to_string();
        refuse_in_class(vm, class, &cname);
    }
}

fn refuse_in_class(vm: &mut Vm, class: ObjRef, cname: &str) {
    let Object::Class(c) = vm.heap.get(class) else { return };
    let entries: Vec<(Value, Value)> = c.dict.iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in entries {
        if METHODS.contains(&(cname, vm.str_of(k))) {
            continue;
        }
        let f = match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::StaticMethod(f) | Object::ClassMethod(f)) => *f,
            _ => v,
        };
        refuse(vm, f);
    }
}

fn refuse(vm: &mut Vm, f: Value) {
    if let Some(r) = f.as_obj() {
        if let Object::NativeFunction(nf) = vm.heap.get_mut(r) {
            let nf: &mut NativeFunction = nf;
            nf.takes_kw = false;
        }
    }
}

fn dict_entries(vm: &Vm, d: ObjRef) -> Vec<(Value, Value)> {
    match vm.heap.get(d) {
        Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => vec![],
    }
}
