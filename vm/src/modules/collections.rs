//! `collections`: `namedtuple` (classes deriving from tuple, fields as
//! properties), `deque` (with MicroPython's optional `maxlen`/`flags`) and
//! `OrderedDict` (a dict subclass: dicts keep insertion order already).

use super::{add_fns, native_mut, native_ref, new_class};
use crate::objects::class::Layout;
use crate::objects::function::KwArgs;
use crate::objects::instance::BaseData;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::collections::VecDeque;

pub struct Deque {
    class: ObjRef,
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bit 0: raise IndexError when full instead of dropping the oldest.
    flags: i64,
}

crate::native_object!(Deque, |s, out| {
    super::trace_values(s.items.iter(), out);
});

/// Classes this module made, kept for `deque(...)` construction.
struct CollectionsClasses {
    deque: ObjRef,
}

impl crate::runtime::extensions::Extension for CollectionsClasses {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.deque);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("collections");
    vm.temp_roots.push(m);
    add_fns(vm, d, &[("namedtuple", namedtuple)]);
    let deque = new_class(vm, "deque");
    vm.add_static(deque, "__new__", deque_new);
    vm.add_method(deque, "__init__", deque_init_noop);
    for (name, f) in [
        ("append", deque_append as crate::objects::function::NativeFn),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("__len__", deque_len),
        ("__bool__", deque_bool),
        ("__iter__", deque_iter),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__repr__", deque_repr),
    ] {
        vm.add_method(deque, name, f);
    }
    vm.module_add(d, "deque", Value::Obj(deque));
    vm.extensions.insert(CollectionsClasses { deque });
    let od = vm.types.ordereddict;
    vm.module_add(d, "OrderedDict", Value::Obj(od));
    vm.temp_roots.pop();
    Ok(m)
}

// ----- namedtuple -----

fn namedtuple(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("namedtuple", args, 2, 2)?;
    let name = vm.str_arg(args[0])?;
    let fields: Vec<String> = match vm.as_str(args[1]) {
        Some(s) => s.replace(',', " ").split_whitespace().map(str::to_string).collect(),
        None => {
            let items = vm.collect_iter(args[1])?;
            let mut out = vec![];
            for v in items {
                out.push(vm.str_arg(v)?);
            }
            out
        }
    };
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    let class = make_namedtuple_class(vm, &name, &refs)?;
    Ok(Value::Obj(class))
}

/// A tuple subclass whose fields read as attributes.
pub fn make_namedtuple_class(vm: &mut Vm, name: &str, fields: &[&str]) -> PyResult<ObjRef> {
    let tuple = vm.types.tuple;
    let class = vm.new_class_raw(name, vec![tuple], Layout::Builtin, false);
    vm.temp_roots.push(Value::Obj(class));
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let fields_tuple = vm.new_tuple(names);
    vm.class_set(class, "_fields", fields_tuple);
    vm.add_static(class, "__new__", namedtuple_new);
    let repr = repr_function(vm)?;
    vm.class_set(class, "__repr__", repr);
    vm.class_set(class, "__str__", repr);
    // sys.implementation and os.uname() print without a class name, as
    // MicroPython's attribute tuples do.
    let anonymous = matches!(name, "implementation" | "uname_result");
    vm.class_set(class, "_anonymous", Value::Bool(anonymous));
    for (i, f) in fields.iter().enumerate() {
        let getter = vm.new_native_bound("field", namedtuple_field, Value::Int(i as i64));
        let prop = vm.new_property(getter, Value::None, Value::None, Value::None);
        vm.class_set(class, f, prop);
    }
    vm.temp_roots.pop();
    Ok(class)
}

pub fn namedtuple_instance(vm: &mut Vm, class: ObjRef, items: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(items);
    Ok(vm.new_instance_object(class, BaseData::Value(t)))
}

/// The tuple inside a namedtuple instance: MicroPython's namedtuple is a
/// tuple at C level (`%` formats from it), where a Python subclass of tuple
/// is not.
pub fn namedtuple_items(vm: &mut Vm, v: Value) -> Option<Value> {
    let (class, inner) = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Instance(i)) => match i.base {
            BaseData::Value(t) => (i.class, t),
            _ => return None,
        },
        _ => return None,
    };
    let key = vm.intern("_fields");
    vm.lookup_class_attr(class, key)?;
    Some(inner)
}

fn class_fields(vm: &mut Vm, class: ObjRef) -> Vec<Value> {
    let key = vm.intern("_fields");
    match vm.lookup_class_attr(class, key).and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![],
    }
}

fn namedtuple_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = match args.first().and_then(|v| v.as_obj()) {
        Some(c) if matches!(vm.heap.get(c), Object::Class(_)) => c,
        _ => return Err(vm.type_error("namedtuple.__new__ needs a class")),
    };
    let fields = class_fields(vm, class);
    let pos = &args[1..];
    if pos.len() > fields.len() {
        return Err(vm.type_error(format!(
            "function takes {} positional arguments but {} were given",
            fields.len(),
            pos.len()
        )));
    }
    let mut items: Vec<Value> = pos.to_vec();
    items.resize(fields.len(), Value::Undef);
    for &(k, v) in kw {
        let key = vm.str_of(k).to_string();
        match fields.iter().position(|&f| vm.str_of(f) == key) {
            Some(i) if items[i] == Value::Undef => items[i] = v,
            Some(_) => return Err(vm.type_error(format!("function got multiple values for argument '{key}'"))),
            None => return Err(vm.type_error(format!("unexpected keyword argument '{key}'"))),
        }
    }
    if let Some(i) = items.iter().position(|v| *v == Value::Undef) {
        let f = vm.str_of(fields[i]).to_string();
        return Err(vm.type_error(format!("function missing required positional argument '{f}'")));
    }
    namedtuple_instance(vm, class, items)
}

fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![],
    }
}

fn namedtuple_field(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = match args.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => 0,
    };
    let this = args.get(1).copied().unwrap_or(Value::None);
    match tuple_items(vm, this).get(i) {
        Some(&v) => Ok(v),
        None => Err(vm.attr_error("field")),
    }
}

/// The shared Python `__repr__` (see `py/namedtuple_repr.py`).
struct ReprFunction(Value);

impl crate::runtime::extensions::Extension for ReprFunction {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        super::trace_values([&self.0], out);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn repr_function(vm: &mut Vm) -> PyResult<Value> {
    if let Some(f) = vm.extensions.get::<ReprFunction>() {
        return Ok(f.0);
    }
    let m = super::frozen::load(vm, "_namedtuple", include_str!("py/namedtuple_repr.py"), |_, _| {})?;
    let key = vm.intern("_repr");
    let f = vm.get_attr(m, key)?;
    vm.extensions.insert(ReprFunction(f));
    Ok(f)
}

// ----- deque -----

fn deque_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = vm.extensions.get::<CollectionsClasses>().map(|c| c.deque);
    let class = match (args.first().and_then(|v| v.as_obj()), class) {
        (Some(c), _) if matches!(vm.heap.get(c), Object::Class(_)) => c,
        (_, Some(c)) => c,
        _ => return Err(vm.type_error("deque")),
    };
    // MicroPython's deques are fixed-size: maxlen is required.
    if args.len() < 3 && vm.kwarg(kw, "maxlen").is_none() {
        let missing = 3 - args.len().max(1);
        return Err(vm.type_error(format!("function missing {missing} required positional arguments")));
    }
    let iterable = vm.arg_or(args, kw, 1, "iterable", Value::None);
    let maxlen = match vm.arg_or(args, kw, 2, "maxlen", Value::None) {
        Value::None => None,
        v => {
            let n = vm.int_arg(v)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let flags = vm.arg_or(args, kw, 3, "flags", Value::Int(0));
    let flags = vm.int_arg(flags)?;
    let obj = vm.alloc(Object::Native(Box::new(Deque { class, items: VecDeque::new(), maxlen, flags })));
    if !iterable.is_none() {
        vm.temp_roots.push(obj);
        let items = vm.collect_iter(iterable);
        vm.temp_roots.pop();
        for v in items? {
            push(vm, obj, v, false)?;
        }
    }
    Ok(obj)
}

fn deque_init_noop(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn with_deque<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    match native_mut::<Deque>(vm, v) {
        Some(d) => Ok(f(d)),
        None => Err(super::bad_self(vm, "deque")),
    }
}

fn push(vm: &mut Vm, d: Value, v: Value, left: bool) -> PyResult<()> {
    let full = with_deque(vm, d, |dq| {
        let full = dq.maxlen.is_some_and(|m| dq.items.len() >= m);
        if full && dq.flags & 1 != 0 {
            return true;
        }
        if dq.maxlen == Some(0) {
            return false;
        }
        if full {
            if left {
                dq.items.pop_back();
            } else {
                dq.items.pop_front();
            }
        }
        if left {
            dq.items.push_front(v);
        } else {
            dq.items.push_back(v);
        }
        false
    })?;
    if full {
        return Err(vm.index_error("full"));
    }
    Ok(())
}

fn deque_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("append", args, 2, 2)?;
    push(vm, args[0], args[1], false)?;
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("appendleft", args, 2, 2)?;
    push(vm, args[0], args[1], true)?;
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pop", args, 1, 1)?;
    match with_deque(vm, args[0], |d| d.items.pop_back())? {
        Some(v) => Ok(v),
        None => Err(vm.index_error("empty")),
    }
}

fn deque_popleft(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("popleft", args, 1, 1)?;
    match with_deque(vm, args[0], |d| d.items.pop_front())? {
        Some(v) => Ok(v),
        None => Err(vm.index_error("empty")),
    }
}

fn deque_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("extend", args, 2, 2)?;
    let items = vm.collect_iter(args[1])?;
    for v in items {
        push(vm, args[0], v, false)?;
    }
    Ok(Value::None)
}

fn deque_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = with_deque(vm, args[0], |d| d.items.len())?;
    Ok(Value::Int(n as i64))
}

fn deque_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = with_deque(vm, args[0], |d| d.items.len())?;
    Ok(Value::Bool(n > 0))
}

fn snapshot(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match native_ref::<Deque>(vm, v) {
        Some(d) => Ok(d.items.iter().copied().collect()),
        None => Err(super::bad_self(vm, "deque")),
    }
}

fn deque_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = snapshot(vm, args[0])?;
    let l = vm.new_list(items);
    vm.get_iter(l)
}

fn index_of(vm: &mut Vm, d: Value, idx: Value) -> PyResult<usize> {
    let len = with_deque(vm, d, |d| d.items.len())? as i64;
    let i = vm.to_index(idx)?;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__getitem__", args, 2, 2)?;
    let i = index_of(vm, args[0], args[1])?;
    with_deque(vm, args[0], |d| d.items[i])
}

fn deque_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__setitem__", args, 3, 3)?;
    let i = index_of(vm, args[0], args[1])?;
    let v = args[2];
    with_deque(vm, args[0], |d| d.items[i] = v)?;
    Ok(Value::None)
}

fn deque_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = snapshot(vm, args[0])?;
    let maxlen = native_ref::<Deque>(vm, args[0]).and_then(|d| d.maxlen);
    let mut out = String::from("deque([");
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(*v)?);
    }
    out.push(']');
    if let Some(m) = maxlen {
        out.push_str(&format!(", maxlen={m}"));
    }
    out.push(')');
    Ok(vm.new_str(out))
}
