//! Built-in iterators: over sequences, ranges, dicts, and the lazy builtins
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`).

use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;

pub enum Iter {
    /// list, tuple, str, bytes, bytearray: by index, so mutation is seen.
    Seq {
        seq: ObjRef,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict's keys (0), values (1) or items (2), by raw entry position.
    Dict {
        dict: ObjRef,
        pos: usize,
        what: u8,
        len_at_start: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: ObjRef,
        index: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// An object with `__getitem__` but no `__iter__`: items 0, 1, 2, …
    GetItem {
        obj: Value,
        index: i64,
    },
    Done,
}

impl Iter {
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        let mut push = |v: &Value| {
            if let Value::Obj(r) = v {
                out.push(*r)
            }
        };
        match self {
            Iter::Seq { seq, .. } | Iter::Reversed { seq, .. } => push(&Value::Obj(*seq)),
            Iter::Range { .. } | Iter::Done => {}
            Iter::Dict { dict, .. } => push(&Value::Obj(*dict)),
            Iter::Enumerate { inner, count } => {
                push(inner);
                push(count);
            }
            Iter::Zip { inners } => inners.iter().for_each(push),
            Iter::Map { func, inners } => {
                push(func);
                inners.iter().for_each(push);
            }
            Iter::Filter { func, inner } => {
                push(func);
                push(inner);
            }
            Iter::Callable { func, sentinel } => {
                push(func);
                push(sentinel);
            }
            Iter::GetItem { obj, .. } => push(obj),
        }
    }
}

pub fn register(vm: &mut crate::runtime::vm::Vm) {
    let c = vm.types.iterator;
    vm.add_method(c, "__next__", iter_next_method);
    vm.add_method(c, "__iter__", iter_self);
}

fn iter_next_method(
    vm: &mut crate::runtime::vm::Vm,
    args: &[Value],
    _kw: crate::objects::function::KwArgs,
) -> crate::runtime::error::PyResult<Value> {
    vm.check_args("__next__", args, 1, 1)?;
    match vm.iter_next_raw(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(
    _vm: &mut crate::runtime::vm::Vm,
    args: &[Value],
    _kw: crate::objects::function::KwArgs,
) -> crate::runtime::error::PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}
