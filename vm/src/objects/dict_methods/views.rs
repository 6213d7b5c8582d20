//! `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict that
//! iterate, report their length, test membership and print like
//! `dict_items([('a', 1)])`.

use crate::objects::class::Layout;
use crate::objects::function::KwArgs;
use crate::objects::iter::Iter;
use crate::objects::native::NativeObject;
use crate::runtime::error::PyResult;
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::any::Any;

/// View kinds; the numbers are `Iter::Dict`'s `what`.
pub const KEYS: u8 = 0;
pub const VALUES: u8 = 1;
pub const ITEMS: u8 = 2;

const NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

pub struct DictView {
    /// The dict storage (never a subclass instance).
    dict: ObjRef,
    kind: u8,
    class: ObjRef,
}

impl NativeObject for DictView {
    fn class(&self) -> ObjRef {
        self.class
    }
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.dict);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The three view classes, made once per VM.
struct ViewClasses([ObjRef; 3]);

impl Extension for ViewClasses {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.extend_from_slice(&self.0);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Keys and items views are unhashable; a values view hashes by identity.
fn view_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, kind) = this(vm, args)?;
    match (kind, args[0]) {
        (VALUES, Value::Obj(r)) => Ok(Value::Int(crate::runtime::hash::hash_int(r.0 as i64 * 8) as i64)),
        _ => Err(vm.type_error("unsupported type for __hash__: 'dict_view'")),
    }
}

pub fn register(vm: &mut Vm) {
    let object = vm.types.object;
    let mut classes = [object; 3];
    for class in classes.iter_mut() {
        // MicroPython has one type for the three: `dict_view`.
        let c = vm.new_class_raw("dict_view", vec![object], Layout::Object, false);
        vm.add_method(c, "__iter__", view_iter);
        vm.add_method(c, "__len__", view_len);
        vm.add_method(c, "__contains__", view_contains);
        vm.add_method(c, "__repr__", view_repr);
        vm.add_method(c, "__hash__", view_hash);
        *class = c;
    }
    vm.extensions.insert(ViewClasses(classes));
}

/// A new view of kind `kind` over the dict storage `dict`.
pub fn new_view(vm: &mut Vm, dict: ObjRef, kind: u8) -> Value {
    let class = match vm.extensions.get::<ViewClasses>() {
        Some(c) => c.0[kind as usize % 3],
        None => vm.types.object,
    };
    vm.alloc(Object::Native(Box::new(DictView { dict, kind, class })))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<(ObjRef, u8)> {
    let found = match args.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Object::Native(n)) => n.as_any().downcast_ref::<DictView>().map(|v| (v.dict, v.kind)),
        _ => None,
    };
    match found {
        Some(f) => Ok(f),
        None => Err(vm.type_error("expected a dict view")),
    }
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (dict, what) = this(vm, args)?;
    let len_at_start = super::len_of(vm, dict);
    Ok(vm.alloc(Object::Iter(Iter::Dict { dict, pos: 0, what, len_at_start })))
}

fn view_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (dict, _) = this(vm, args)?;
    Ok(Value::Int(super::len_of(vm, dict) as i64))
}

fn view_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__contains__", args, 2, 2)?;
    let (dict, kind) = this(vm, args)?;
    let needle = args[1];
    let found = match kind {
        KEYS => vm.dict_get(Value::Obj(dict), needle)?.is_some(),
        VALUES => {
            let values = match vm.heap.get(dict) {
                Object::Dict(d) => d.values(),
                _ => vec![],
            };
            let mut hit = false;
            for v in values {
                if vm.eq(v, needle)? {
                    hit = true;
                    break;
                }
            }
            hit
        }
        _ => {
            let pair = match needle.as_obj().map(|r| vm.heap.get(r)) {
                Some(Object::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
                _ => None,
            };
            match pair {
                Some((k, v)) => match vm.dict_get(Value::Obj(dict), k)? {
                    Some(stored) => vm.eq(stored, v)?,
                    None => false,
                },
                None => false,
            }
        }
    };
    Ok(Value::Bool(found))
}

fn view_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (dict, kind) = this(vm, args)?;
    let entries: Vec<(Value, Value)> = match vm.heap.get(dict) {
        Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => vec![],
    };
    let list = vm.new_list(Vec::with_capacity(entries.len()));
    vm.temp_roots.push(list);
    let r = (|| {
        for (k, v) in entries {
            let item = match kind {
                KEYS => k,
                VALUES => v,
                _ => vm.new_tuple(vec![k, v]),
            };
            vm.list_append(list, item)?;
        }
        vm.repr(list)
    })();
    vm.temp_roots.pop();
    let body = r?;
    let s = format!("{}({body})", NAMES[kind as usize % 3]);
    Ok(vm.new_str(s))
}
