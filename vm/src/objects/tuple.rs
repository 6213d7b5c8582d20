//! `tuple`: the constructor and methods.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = vm.types.tuple;
    vm.add_static(t, "__new__", tuple_new);
    vm.add_method(t, "index", tuple_index);
    vm.add_method(t, "count", tuple_count);
}

/// The items of the tuple inside `v` (a tuple or a tuple subclass instance).
fn tuple_items(vm: &mut Vm, v: Value) -> PyResult<crate::runtime::heap::ObjRef> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'tuple' object but received a '{t}'")))
        }
    }
}

fn item_at(vm: &Vm, r: crate::runtime::heap::ObjRef, i: usize) -> Option<Value> {
    match vm.heap.get(r) {
        Object::Tuple(t) => t.get(i).copied(),
        _ => None,
    }
}

fn tuple_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("index", args, 2, 4)?;
    let r = tuple_items(vm, args[0])?;
    let len = match vm.heap.get(r) {
        Object::Tuple(t) => t.len(),
        _ => 0,
    };
    let (start, stop) = crate::objects::list::index_bounds(vm, args, len)?;
    for i in start..stop {
        let Some(v) = item_at(vm, r, i) else { break };
        if vm.eq(v, args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("object not in sequence"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("count", args, 2, 2)?;
    let r = tuple_items(vm, args[0])?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = item_at(vm, r, i) {
        if vm.eq(v, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_ctor_args(args, 1)?;
    match args.get(1) {
        Some(&it) => {
            if let Some(Object::Tuple(_)) = it.as_obj().map(|r| vm.heap.get(r)) {
                return Ok(it);
            }
            let items = vm.collect_iter_rooted(it)?;
            Ok(vm.new_tuple(items))
        }
        None => Ok(vm.empty_tuple),
    }
}

impl Vm {
    /// `t[i]`, `t[a:b]`: a board slices tuples with step 1 only.
    pub(crate) fn tuple_get_item(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let len = match self.heap.get(r) {
            Object::Tuple(t) => t.len(),
            _ => 0,
        };
        if self.is_slice(key) {
            let Some((a, b)) = self.fast_slice(key, len)? else {
                return Err(self.err(
                    crate::runtime::error::ExcKind::NotImplementedError,
                    "only slices with step=1 (aka None) are supported",
                ));
            };
            let items = match self.heap.get(r) {
                Object::Tuple(t) => t[a..b].to_vec(),
                _ => vec![],
            };
            return Ok(self.new_tuple(items));
        }
        let j = self.seq_index("tuple", len, key)?;
        match self.heap.get(r) {
            Object::Tuple(t) => Ok(t[j]),
            _ => Ok(Value::None),
        }
    }
}
