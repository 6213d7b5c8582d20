//! `set` and `frozenset`: a dict whose values are unused. The operators
//! (`|`, `&`, `-`, `^`, comparisons) are in `runtime/containers.rs`; the
//! named methods here accept any iterable where the operators need a set.

use super::dict::Dict;

#[derive(Clone, Default)]
pub struct Set {
    pub items: Dict,
    pub frozen: bool,
}

use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{BinOp, CmpOp};

fn set_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__contains__", args, 2, 2)?;
    vm.contains(args[0], args[1]).map(Value::Bool)
}

pub fn register(vm: &mut Vm) {
    let s = vm.types.set;
    vm.add_static(s, "__new__", set_new);
    vm.add_method(s, "__init__", set_init);
    let f = vm.types.frozenset;
    vm.add_static(f, "__new__", frozenset_new);
    for class in [s, f] {
        vm.add_method(class, "__contains__", set_contains);
        vm.add_method(class, "copy", set_copy);
        vm.add_method(class, "union", set_union);
        vm.add_method(class, "intersection", set_intersection);
        vm.add_method(class, "difference", set_difference);
        vm.add_method(class, "symmetric_difference", set_symmetric_difference);
        vm.add_method(class, "issubset", set_issubset);
        vm.add_method(class, "issuperset", set_issuperset);
        vm.add_method(class, "isdisjoint", set_isdisjoint);
    }
    vm.add_method(s, "add", set_add);
    vm.add_method(s, "remove", set_remove);
    vm.add_method(s, "discard", set_discard);
    vm.add_method(s, "pop", set_pop);
    vm.add_method(s, "clear", set_clear);
    vm.add_method(s, "update", set_update);
    vm.add_method(s, "intersection_update", set_intersection_update);
    vm.add_method(s, "difference_update", set_difference_update);
    vm.add_method(s, "symmetric_difference_update", set_symmetric_difference_update);
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter_rooted(it)?,
        None => vec![],
    };
    new_set_rooted(vm, items, false)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(&it) = args.get(1) {
        if let Some(Object::Set(s)) = it.as_obj().map(|r| vm.heap.get(r)) {
            if s.frozen {
                return Ok(it);
            }
        }
    }
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter_rooted(it)?,
        None => vec![],
    };
    new_set_rooted(vm, items, true)
}

/// A set of `items`, which are kept reachable while user `__hash__` runs.
fn new_set_rooted(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let holder = vm.new_list(items);
    vm.temp_roots.push(holder);
    let items = match vm.heap.get(holder.as_obj().expect("list")) {
        Object::List(l) => l.clone(),
        _ => vec![],
    };
    let r = vm.new_set_grown(&items, frozen);
    vm.temp_roots.pop();
    r
}

/// The set storage behind `v` (a set/frozenset or a subclass instance).
fn set_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Set(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'set' object but received a '{t}'")))
        }
    }
}

/// Like `set_ref`, refusing frozensets.
fn mutable_set(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let r = set_ref(vm, v)?;
    if let Object::Set(s) = vm.heap.get(r) {
        if s.frozen {
            return Err(vm.type_error("frozenset is immutable"));
        }
    }
    Ok(r)
}

fn is_frozen(vm: &Vm, r: ObjRef) -> bool {
    matches!(vm.heap.get(r), Object::Set(s) if s.frozen)
}

/// `v` as a set value: itself if it is one, else a new set of its items.
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let inner = vm.unwrap_builtin(v);
    if let Some(Object::Set(_)) = inner.as_obj().map(|r| vm.heap.get(r)) {
        return Ok(inner);
    }
    let items = vm.collect_iter(v)?;
    new_set_rooted(vm, items, false)
}

fn copy_of(vm: &mut Vm, r: ObjRef, frozen: bool) -> PyResult<Value> {
    let bytes = match vm.heap.get(r) {
        Object::Set(s) => s.items.payload_bytes(),
        _ => 0,
    };
    vm.reserve(bytes)?;
    let items = match vm.heap.get(r) {
        Object::Set(s) => s.items.clone(),
        _ => Dict::new(),
    };
    Ok(vm.alloc(Object::Set(Box::new(Set { items, frozen }))))
}

fn set_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("copy", args, 1, 1)?;
    let r = set_ref(vm, args[0])?;
    let frozen = is_frozen(vm, r);
    copy_of(vm, r, frozen)
}

/// A set's table combined with a stream of other items, in the order a
/// board builds it (that order is what the result iterates in): union,
/// difference and symmetric difference start from an exact copy of the
/// table and add or remove each other item in turn; intersection starts
/// empty and adds the other items that the set holds.
pub fn combine(heap: &crate::runtime::heap::Heap, mine: &Dict, others: &[(u64, Value)], op: BinOp) -> Dict {
    let mut out = match op {
        BinOp::BitAnd => Dict::new(),
        _ => mine.clone(),
    };
    for &(h, k) in others {
        let found = out.find(heap, h, k);
        match (op, found) {
            (BinOp::BitAnd, None) if mine.find(heap, h, k).is_some() => out.insert_found(None, h, k, Value::None),
            (BinOp::BitOr, None) | (BinOp::BitXor, None) => out.insert_found(None, h, k, Value::None),
            (BinOp::Sub, Some(i)) | (BinOp::BitXor, Some(i)) => {
                out.remove_at(i);
            }
            _ => {}
        }
    }
    out
}

/// The items of any iterable with their hashes, kept reachable (user
/// `__hash__` may run) in `vm.temp_roots` until the caller truncates it.
fn hashed_items(vm: &mut Vm, it: Value) -> PyResult<Vec<(u64, Value)>> {
    let items = vm.collect_iter(it)?;
    let holder = vm.new_list(items.clone());
    vm.temp_roots.push(holder);
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        out.push((vm.hash(v)?, v));
    }
    Ok(out)
}

/// Self combined with each other argument in turn; the table that results.
fn fold_items(vm: &mut Vm, r: ObjRef, others: &[Value], op: BinOp) -> PyResult<Dict> {
    let mut acc = match vm.heap.get(r) {
        Object::Set(s) => s.items.clone(),
        _ => Dict::new(),
    };
    vm.reserve(acc.payload_bytes())?;
    let base = vm.temp_roots.len();
    let res = (|| {
        for &other in others {
            let items = hashed_items(vm, other)?;
            acc = combine(&vm.heap, &acc, &items, op);
            // The keys now live in `acc` only: root them as a set.
            let keep = vm.alloc(Object::Set(Box::new(Set { items: acc.clone(), frozen: false })));
            vm.temp_roots.push(keep);
        }
        Ok(())
    })();
    vm.temp_roots.truncate(base);
    res.map(|()| acc)
}

/// The named methods that make a new set of self's kind.
fn fold(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    let r = set_ref(vm, args[0])?;
    let frozen = is_frozen(vm, r) && op != BinOp::BitAnd;
    let items = fold_items(vm, r, &args[1..], op)?;
    Ok(vm.alloc(Object::Set(Box::new(Set { items, frozen }))))
}

fn set_union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("union", args, 2, 2)?;
    fold(vm, args, BinOp::BitOr)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("intersection", args, 2, 2)?;
    fold(vm, args, BinOp::BitAnd)
}

fn set_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold(vm, args, BinOp::Sub)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("symmetric_difference", args, 2, 2)?;
    fold(vm, args, BinOp::BitXor)
}

/// The in-place variants.
fn fold_into_self(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let r = mutable_set(vm, args.first().copied().unwrap_or(Value::None))?;
    let items = fold_items(vm, r, &args[1..], op)?;
    if let Object::Set(s) = vm.heap.get_mut(r) {
        s.items = items;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("intersection_update", args, 2, 2)?;
    fold_into_self(vm, args, BinOp::BitAnd)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold_into_self(vm, args, BinOp::Sub)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("symmetric_difference_update", args, 2, 2)?;
    fold_into_self(vm, args, BinOp::BitXor)
}

fn set_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = mutable_set(vm, args.first().copied().unwrap_or(Value::None))?;
    for &other in &args[1..] {
        let items = vm.collect_iter(other)?;
        let holder = vm.new_list(items.clone());
        vm.temp_roots.push(holder);
        let mut res = Ok(());
        for it in items {
            res = vm.set_add(Value::Obj(r), it);
            if res.is_err() {
                break;
            }
        }
        vm.temp_roots.pop();
        res?;
    }
    Ok(Value::None)
}

fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    vm.check_args("compare", args, 2, 2)?;
    let r = set_ref(vm, args[0])?;
    let o = as_set(vm, args[1])?;
    vm.temp_roots.push(o);
    let res = vm.set_compare(op, Value::Obj(r), o);
    vm.temp_roots.pop();
    res
}

fn set_issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::LtE)
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::GtE)
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("isdisjoint", args, 2, 2)?;
    let r = set_ref(vm, args[0])?;
    let o = as_set(vm, args[1])?;
    vm.temp_roots.push(o);
    let both = vm.set_op(BinOp::BitAnd, Value::Obj(r), o);
    vm.temp_roots.pop();
    let empty = match both?.and_then(|v| v.as_obj()).map(|x| vm.heap.get(x)) {
        Some(Object::Set(s)) => s.items.is_empty(),
        _ => true,
    };
    Ok(Value::Bool(empty))
}

fn set_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("add", args, 2, 2)?;
    let r = mutable_set(vm, args[0])?;
    vm.set_add(Value::Obj(r), args[1])?;
    Ok(Value::None)
}

/// Remove `v`; whether it was there.
fn discard(vm: &mut Vm, r: ObjRef, v: Value) -> PyResult<bool> {
    let h = vm.hash(v)?;
    let found = vm.set_find(r, h, v)?;
    match (found, vm.heap.get_mut(r)) {
        (Some(i), Object::Set(s)) => {
            s.items.remove_at(i);
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn set_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("remove", args, 2, 2)?;
    let r = mutable_set(vm, args[0])?;
    if discard(vm, r, args[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args[1]))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("discard", args, 2, 2)?;
    let r = mutable_set(vm, args[0])?;
    discard(vm, r, args[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pop", args, 1, 1)?;
    let r = mutable_set(vm, args[0])?;
    let e = match vm.heap.get_mut(r) {
        Object::Set(s) => s.items.pop_first(),
        _ => None,
    };
    match e {
        Some(e) => Ok(e.key),
        None => Err(vm.err(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("clear", args, 1, 1)?;
    let r = mutable_set(vm, args[0])?;
    if let Object::Set(s) = vm.heap.get_mut(r) {
        s.items.clear();
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: fills an instance of a set subclass.
fn set_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("set", args, 1, 2)?;
    let target = vm.unwrap_builtin(args[0]);
    if !matches!(target.as_obj().map(|r| vm.heap.get(r)), Some(Object::Set(_))) {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    }
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter(it)?,
        None => vec![],
    };
    if let Some(Object::Set(st)) = target.as_obj().map(|r| vm.heap.get_mut(r)) {
        st.items.clear();
    }
    for it in items {
        vm.set_add(target, it)?;
    }
    Ok(Value::None)
}
