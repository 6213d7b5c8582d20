//! `dict`'s constructor and methods (its storage is `dict.rs`; the
//! `keys()`/`values()`/`items()` views are `dict_methods/views.rs`).

pub mod views;

use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let d = vm.types.dict;
    vm.add_static(d, "__new__", dict_new);
    vm.add_method(d, "__init__", dict_init);
    vm.add_method(d, "keys", dict_keys);
    vm.add_method(d, "values", dict_values);
    vm.add_method(d, "items", dict_items);
    vm.add_method(d, "get", dict_get);
    vm.add_method(d, "setdefault", dict_setdefault);
    vm.add_method(d, "pop", dict_pop);
    vm.add_method(d, "popitem", dict_popitem);
    vm.add_method(d, "update", dict_update);
    vm.add_method(d, "clear", dict_clear);
    vm.add_method(d, "copy", dict_copy);
    vm.add_method(d, "__getitem__", dict_getitem);
    vm.add_method(d, "__setitem__", dict_setitem);
    vm.add_method(d, "__delitem__", dict_delitem);
    vm.add_static(d, "fromkeys", dict_fromkeys);
    let od = vm.types.ordereddict;
    vm.add_static(od, "__new__", ordereddict_new);
    views::register(vm);
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = vm.new_dict(Dict::new());
    vm.temp_roots.push(d);
    let r = (|| {
        if let Some(&src) = args.get(1) {
            vm.dict_update(d, src)?;
        }
        for &(k, v) in kw {
            vm.dict_set(d, k, v)?;
        }
        Ok(d)
    })();
    vm.temp_roots.pop();
    r
}

/// `OrderedDict([source], **kw)`: a dict whose table keeps insertion order.
fn ordereddict_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = vm.new_dict(Dict::new_ordered());
    vm.temp_roots.push(d);
    let r = (|| {
        if let Some(&src) = args.get(1) {
            vm.dict_update(d, src)?;
        }
        for &(k, v) in kw {
            vm.dict_set(d, k, v)?;
        }
        Ok(d)
    })();
    vm.temp_roots.pop();
    r
}

/// `dict.__init__(self, [source], **kw)`: fills a dict subclass instance.
/// For a plain dict `__new__` has done all the work already, so this does
/// nothing; a subclass's payload was made without the keyword arguments
/// (and `super().__init__(...)` from a user `__init__` lands here), so they
/// are applied now. Updating never removes keys, so applying the positional
/// source a second time changes nothing.
fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    };
    if matches!(this.as_obj().map(|r| vm.heap.get(r)), Some(Object::Dict(_))) {
        return Ok(Value::None);
    }
    vm.check_args("__init__", args, 1, 2)?;
    let r = dict_ref(vm, this)?;
    if let Some(&src) = args.get(1) {
        vm.dict_update(Value::Obj(r), src)?;
    }
    for &(k, v) in kw {
        vm.dict_set(Value::Obj(r), k, v)?;
    }
    Ok(Value::None)
}

/// The dict storage behind `v` (a dict, or an instance of a dict subclass).
pub fn dict_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Dict(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'dict' object but received a '{t}'")))
        }
    }
}

/// Number of entries in the dict storage `r`.
pub(crate) fn len_of(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Object::Dict(d) => d.len(),
        _ => 0,
    }
}

fn dict_keys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, views::KEYS)
}

fn dict_values(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, views::VALUES)
}

fn dict_items(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, views::ITEMS)
}

fn view(vm: &mut Vm, args: &[Value], kind: u8) -> PyResult<Value> {
    vm.check_args("view", args, 1, 1)?;
    let r = dict_ref(vm, args[0])?;
    Ok(views::new_view(vm, r, kind))
}

fn dict_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("get", args, 2, 3)?;
    let r = dict_ref(vm, args[0])?;
    Ok(vm.dict_get(Value::Obj(r), args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("setdefault", args, 2, 3)?;
    let r = dict_ref(vm, args[0])?;
    if let Some(v) = vm.dict_get(Value::Obj(r), args[1])? {
        return Ok(v);
    }
    let default = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(Value::Obj(r), args[1], default)?;
    Ok(default)
}

/// Remove `key` from the dict `r`, returning its value if it was there.
fn remove_key(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    if matches!(key.as_obj().map(|k| vm.heap.get(k)), Some(Object::Instance(_))) {
        // A user `__eq__` may decide the match: go through the VM.
        let found = vm.dict_get(Value::Obj(r), key)?;
        if found.is_some() {
            vm.del_item(Value::Obj(r), key)?;
        }
        return Ok(found);
    }
    let found = match vm.heap.get(r) {
        Object::Dict(d) => d.find(&vm.heap, h, key),
        _ => None,
    };
    Ok(match (found, vm.heap.get_mut(r)) {
        (Some(i), Object::Dict(d)) => Some(d.remove_at(i).value),
        _ => None,
    })
}

fn dict_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pop", args, 2, 3)?;
    let r = dict_ref(vm, args[0])?;
    match remove_key(vm, r, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("popitem", args, 1, 1)?;
    let r = dict_ref(vm, args[0])?;
    let e = match vm.heap.get_mut(r) {
        Object::Dict(d) => d.pop_item(),
        _ => None,
    };
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.err(crate::runtime::error::ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("update", args, 1, 2)?;
    let r = dict_ref(vm, args[0])?;
    if let Some(&src) = args.get(1) {
        vm.dict_update(Value::Obj(r), src)?;
    }
    for &(k, v) in kw {
        vm.dict_set(Value::Obj(r), k, v)?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("clear", args, 1, 1)?;
    let r = dict_ref(vm, args[0])?;
    if let Object::Dict(d) = vm.heap.get_mut(r) {
        d.clear();
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("copy", args, 1, 1)?;
    let r = dict_ref(vm, args[0])?;
    let bytes = match vm.heap.get(r) {
        Object::Dict(d) => d.payload_bytes(),
        _ => 0,
    };
    vm.reserve(bytes)?;
    let copy = match vm.heap.get(r) {
        Object::Dict(d) => d.clone(),
        _ => Dict::new(),
    };
    Ok(vm.new_dict(copy))
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__getitem__", args, 2, 2)?;
    let r = dict_ref(vm, args[0])?;
    vm.get_item(Value::Obj(r), args[1])
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__setitem__", args, 3, 3)?;
    let r = dict_ref(vm, args[0])?;
    vm.set_item(Value::Obj(r), args[1], args[2])?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__delitem__", args, 2, 2)?;
    let r = dict_ref(vm, args[0])?;
    vm.del_item(Value::Obj(r), args[1])?;
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`.
fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("fromkeys", args, 1, 2)?;
    let keys = vm.collect_iter(args[0])?;
    let value = args.get(1).copied().unwrap_or(Value::None);
    let d = vm.new_dict(Dict::with_capacity(keys.len()));
    vm.temp_roots.push(d);
    vm.temp_roots.push(value);
    let base = vm.temp_roots.len();
    // The keys came from a fresh vector: keep them alive while hashing.
    vm.temp_roots.extend_from_slice(&keys);
    let mut r = Ok(d);
    for k in keys {
        if let Err(e) = vm.dict_set(d, k, value) {
            r = Err(e);
            break;
        }
    }
    vm.temp_roots.truncate(base - 2);
    r
}
