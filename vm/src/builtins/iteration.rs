//! Builtins that consume or wrap iterables: `enumerate`, `zip`, `map`,
//! `filter` and `reversed` return lazy iterators (`objects::iter::Iter`);
//! `sorted`, `min`, `max`, `sum`, `any` and `all` drain their argument.

use crate::builtins::core::len_of;
use crate::objects::function::KwArgs;
use crate::objects::iter::Iter;
use crate::objects::list::sort_list;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{BinOp, CmpOp};

pub fn register(vm: &mut Vm, b: ObjRef) {
    // The lazy iterators are types (so a program can subclass `map`);
    // calling one makes the iterator, with `__next__` and `__iter__`.
    let t = &vm.types;
    let types = [
        (t.enumerate, enumerate_new as crate::objects::function::NativeFn),
        (t.zip, zip_new),
        (t.map, map_new),
        (t.filter, filter_new),
        (t.reversed, reversed_new),
    ];
    for (class, new) in types {
        vm.add_static(class, "__new__", new);
        vm.add_method(class, "__next__", next_method);
        vm.add_method(class, "__iter__", iter_self);
        let name = vm.class_name(class).to_string();
        let key = vm.intern(&name);
        vm.dict_set_str_key(b, key, Value::Obj(class));
    }
    let fns: &[(&'static str, crate::objects::function::NativeFn)] =
        &[("sorted", sorted), ("min", min), ("max", max), ("sum", sum), ("any", any), ("all", all)];
    for &(name, f) in fns {
        vm.module_add_fn(b, name, f);
    }
}

/// Call `f` on each item of `iterable` until it returns `Ok(false)` or an
/// error. The iterator is rooted meanwhile; `temp_roots` is restored after.
/// A rooted entry (`runtime/roots.rs`): `f` and the caller keep what they
/// hold across it on the root stack.
fn each(vm: &mut Vm, iterable: Value, mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>) -> PyResult<()> {
    let base = vm.temp_roots.len();
    let r = (|| {
        let it = vm.get_iter(iterable)?;
        vm.temp_roots.push(it);
        while let Some(v) = vm.iter_next_rooted(it)? {
            if !f(vm, v)? {
                break;
            }
        }
        Ok(())
    })();
    vm.temp_roots.truncate(base);
    r
}

fn new_iter(vm: &mut Vm, it: Iter) -> Value {
    vm.alloc(Object::Iter(it))
}

/// Iterators over each of `values`, rooted until the caller truncates
/// `temp_roots`.
fn iters_of(vm: &mut Vm, values: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(values.len());
    for &v in values {
        let it = vm.get_iter(v)?;
        vm.temp_roots.push(it);
        out.push(it);
    }
    Ok(out)
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    enumerate(vm, args.get(1..).unwrap_or(&[]), kw)
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    zip(vm, args.get(1..).unwrap_or(&[]), kw)
}

fn map_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    map(vm, args.get(1..).unwrap_or(&[]), kw)
}

fn filter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    filter(vm, args.get(1..).unwrap_or(&[]), kw)
}

fn reversed_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    reversed(vm, args.get(1..).unwrap_or(&[]), kw)
}

fn next_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__next__", args, 1, 1)?;
    match vm.iter_next_raw(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["iterable", "start"])?;
    let iterable = vm.arg_or(args, kw, 0, "iterable", Value::Undef);
    if matches!(iterable, Value::Undef) || args.len() > 2 {
        return Err(vm.type_error("function takes 1 or 2 arguments"));
    }
    let start = match vm.arg_or(args, kw, 1, "start", Value::Int(0)) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    let is_int = matches!(start, Value::Int(_) | Value::Bool(_))
        || matches!(start.as_obj().map(|r| vm.heap.get(r)), Some(Object::BigInt(_)));
    if !is_int {
        let t = vm.type_name(start);
        return Err(vm.type_error(format!("can't convert {t} to int")));
    }
    // The firmware counts in a machine word.
    vm.int_arg(start)?;
    let inner = vm.get_iter(iterable)?;
    Ok(new_iter(vm, Iter::Enumerate { inner, count: start }))
}

fn zip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let base = vm.temp_roots.len();
    let r = iters_of(vm, args);
    let r = r.map(|inners| new_iter(vm, Iter::Zip { inners }));
    vm.temp_roots.truncate(base);
    r
}

fn map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error(format!("function missing {} required positional arguments", 2 - args.len())));
    }
    let base = vm.temp_roots.len();
    let r = iters_of(vm, &args[1..]);
    let r = r.map(|inners| new_iter(vm, Iter::Map { func: args[0], inners }));
    vm.temp_roots.truncate(base);
    r
}

fn filter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("filter", args, 2, 2)?;
    let inner = vm.get_iter(args[1])?;
    Ok(new_iter(vm, Iter::Filter { func: args[0], inner }))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("reversed", args, 1, 1)?;
    let seq = args[0];
    // Anything with a length is accepted: the items are fetched by index
    // as the iteration goes, and fail then if the object has no indexing.
    let Value::Obj(r) = seq else {
        len_of(vm, seq)?;
        let t = vm.type_name(seq);
        return Err(vm.type_error(format!("'{t}' object isn't reversible")));
    };
    match vm.heap.get(r) {
        Object::Range(rg) => {
            let rg = *rg;
            let n = rg.len();
            if n == 0 {
                return Ok(new_iter(vm, Iter::Done));
            }
            let last = rg.start.checked_add(rg.step.checked_mul(n as i64 - 1).unwrap_or(i64::MAX));
            let stop = rg.start.checked_sub(rg.step);
            if let (Some(next), Some(stop), Some(step)) = (last, stop, rg.step.checked_neg()) {
                return Ok(new_iter(vm, Iter::Range { next, stop, step }));
            }
            Ok(new_iter(vm, Iter::Reversed { seq: r, index: n }))
        }
        Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) => {
            let n = len_of(vm, seq)?;
            Ok(new_iter(vm, Iter::Reversed { seq: r, index: n }))
        }
        Object::Instance(_) | Object::Native(_) => {
            let class = vm.class_of(seq);
            let name = vm.intern("__reversed__");
            if let Some(f) = vm.lookup_class_attr(class, name) {
                return vm.call(f, &[seq]);
            }
            let inner = vm.unwrap_builtin(seq);
            if !inner.is(seq) {
                return reversed(vm, &[inner], &[]);
            }
            let n = len_of(vm, seq)?;
            Ok(new_iter(vm, Iter::Reversed { seq: r, index: n }))
        }
        _ => {
            let n = len_of(vm, seq)?;
            Ok(new_iter(vm, Iter::Reversed { seq: r, index: n }))
        }
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("must use keyword argument for key function"));
    }
    vm.check_args("sorted", args, 1, usize::MAX)?;
    vm.check_kwargs(kw, &["key", "reverse"])?;
    let items = vm.collect_iter_rooted(args[0])?;
    let list = vm.new_list(items);
    vm.temp_roots.push(list);
    let key = vm.kwarg(kw, "key").unwrap_or(Value::None);
    let r = (|| {
        let reverse = match vm.kwarg(kw, "reverse") {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        sort_list(vm, list.as_obj().expect("list"), key, reverse)
    })();
    vm.temp_roots.pop();
    r.map(|_| list)
}

fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

/// Smallest (or largest) item of a list or tuple holding only small ints, or
/// only floats: the common case, answered without any VM calls. Ties and
/// NaN behave as in the general loop (an item replaces the best so far only
/// when strictly better).
fn numeric_extreme(vm: &Vm, v: Value, want_max: bool) -> Option<Value> {
    let items: &[Value] = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::List(l)) => l,
        Some(Object::Tuple(t)) => t,
        _ => return None,
    };
    match items.first()? {
        Value::Int(_) => {
            let mut best = i64::MIN;
            let mut first = true;
            for it in items {
                let Value::Int(i) = *it else { return None };
                if first || (want_max && i > best) || (!want_max && i < best) {
                    best = i;
                    first = false;
                }
            }
            Some(Value::Int(best))
        }
        Value::Float(_) => {
            let mut best = f64::NAN;
            let mut first = true;
            for it in items {
                let Value::Float(f) = *it else { return None };
                if first || (want_max && best < f) || (!want_max && f < best) {
                    best = f;
                    first = false;
                }
            }
            Some(Value::Float(best))
        }
        _ => None,
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, want_max: bool) -> PyResult<Value> {
    vm.check_kwargs(kw, &["key", "default"])?;
    if args.is_empty() {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    let key = vm.kwarg(kw, "key").filter(|k| !k.is_none());
    let default = vm.kwarg(kw, "default");
    if args.len() == 1 && key.is_none() {
        if let Some(v) = numeric_extreme(vm, args[0], want_max) {
            return Ok(v);
        }
    }
    // temp_roots[slot] / [slot + 1] hold the best item and its key.
    let slot = vm.temp_roots.len();
    vm.temp_roots.push(Value::Undef);
    vm.temp_roots.push(Value::Undef);
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<bool> {
        // The candidate and its key stay rooted while user code compares.
        let mark = vm.temp_roots.len();
        vm.temp_roots.push(item);
        let better = (|| {
            let k = match key {
                Some(f) => vm.call_rooted(f, &[item])?,
                None => item,
            };
            vm.temp_roots.push(k);
            let better = match vm.temp_roots[slot + 1] {
                Value::Undef => true,
                // A board asks `item > best` for max and `item < best`
                // for min, and only True itself counts.
                b => {
                    let op = if want_max { CmpOp::Gt } else { CmpOp::Lt };
                    vm.compare_op(op, k, b)?.is(Value::Bool(true))
                }
            };
            Ok((better, k))
        })();
        vm.temp_roots.truncate(mark);
        let (better, k) = better?;
        if better {
            vm.temp_roots[slot] = item;
            vm.temp_roots[slot + 1] = k;
        }
        Ok(true)
    };
    let r = if args.len() == 1 {
        each(vm, args[0], &mut consider)
    } else {
        args.iter().try_for_each(|&a| consider(vm, a).map(|_| ()))
    };
    let best = vm.temp_roots[slot];
    vm.temp_roots.truncate(slot);
    r?;
    match (best, default) {
        (Value::Undef, Some(d)) => Ok(d),
        (Value::Undef, None) => Err(vm.value_error("arg is an empty sequence")),
        (b, _) => Ok(b),
    }
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["start"])?;
    vm.check_args("sum", args, 1, 2)?;
    let start = match vm.arg_or(args, kw, 1, "start", Value::Int(0)) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    // The running total lives in temp_roots[slot]: it may be a fresh object
    // (a big int, a list) while the iterator runs user code.
    let slot = vm.temp_roots.len();
    vm.temp_roots.push(start);
    let r = each(vm, args[0], |vm, item| {
        let acc = vm.temp_roots[slot];
        let next = match (acc, item) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + b as f64),
            _ => vm.binary_op(BinOp::Add, acc, item)?,
        };
        vm.temp_roots[slot] = next;
        Ok(true)
    });
    let total = vm.temp_roots[slot];
    vm.temp_roots.truncate(slot);
    r.map(|_| total)
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("any", args, 1, 1)?;
    let mut found = false;
    each(vm, args[0], |vm, v| {
        found = vm.truthy(v)?;
        Ok(!found)
    })?;
    Ok(Value::Bool(found))
}

fn all(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("all", args, 1, 1)?;
    let mut ok = true;
    each(vm, args[0], |vm, v| {
        ok = vm.truthy(v)?;
        Ok(ok)
    })?;
    Ok(Value::Bool(ok))
}
