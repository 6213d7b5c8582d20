//! Sorting for `list.sort` and `sorted`, in a board's order.
//!
//! MicroPython's sort is not stable: items that compare equal come out in
//! the order its quicksort leaves them, and the key function is called at
//! every comparison. Both show in a program's output, so any sort whose
//! equal items can be told apart runs a quicksort that splits its ranges
//! the same way, asking
//! only "`a < b`?" through the VM (a user `__lt__` that is inconsistent,
//! raises, or mutates the list cannot make it panic: the first error stops
//! the sort and is returned).
//!
//! Without a key, a list of only small ints or only strs has no equal items
//! that differ, so any correct order is MicroPython's: those take the
//! standard library's sort.

use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::CmpOp;

/// `items` in sorted order (by `key(item)` unless `key` is None).
pub fn sort_values(vm: &mut Vm, mut items: Vec<Value>, key: Value, reverse: bool) -> PyResult<Vec<Value>> {
    if items.len() < 2 {
        return Ok(items);
    }
    if key.is_none() && sort_indistinguishable(vm, &mut items, reverse) {
        return Ok(items);
    }
    // User code runs from here on (keys, `__lt__`): keep the items
    // reachable whatever it does to the list being sorted.
    let base = vm.temp_roots.len();
    let holder = vm.new_list(items.clone());
    vm.temp_roots.push(holder);
    let key = if key.is_none() { None } else { Some(key) };
    let r = quicksort(vm, &mut items, key, !reverse);
    vm.temp_roots.truncate(base);
    r?;
    Ok(items)
}

/// Sort all-int or all-str items directly; false if they are not that.
fn sort_indistinguishable(vm: &Vm, items: &mut [Value], reverse: bool) -> bool {
    let dir = |o: std::cmp::Ordering| if reverse { o.reverse() } else { o };
    if items.iter().all(|v| matches!(v, Value::Int(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Int(x), Value::Int(y)) => dir(x.cmp(y)),
            _ => std::cmp::Ordering::Equal,
        });
        return true;
    }
    let str_of = |v: &Value| match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    if items.iter().all(|v| str_of(v).is_some()) {
        items.sort_by(|a, b| dir(str_of(a).cmp(&str_of(b))));
        return true;
    }
    false
}

/// How a board orders items that tie: its quicksort. Each range is split
/// around its last item by two scans that meet in the middle (the scheme
/// found in textbooks under Sedgewick's name), and the smaller side is
/// finished before the larger. The ranges wait on an explicit stack, so a
/// long list cannot exhaust the Rust stack. `ascending` is the answer of
/// `a < b` that lets `a` stay left of `b`.
fn quicksort(vm: &mut Vm, items: &mut [Value], key: Option<Value>, ascending: bool) -> PyResult<()> {
    let mut pending = vec![(0, items.len())];
    while let Some((start, end)) = pending.pop() {
        if end - start < 2 {
            continue;
        }
        let (left_end, right_start) = split(vm, items, start, end, key, ascending)?;
        // Pushed last, popped first: the shorter side is sorted first.
        let (first, then) = if left_end - start < end - right_start {
            ((start, left_end), (right_start, end))
        } else {
            ((right_start, end), (start, left_end))
        };
        pending.push(then);
        pending.push(first);
    }
    Ok(())
}

/// Partitions `items[start..end]` around its last item and puts that item
/// in its place; returns where the left part ends and the right begins.
fn split(
    vm: &mut Vm,
    items: &mut [Value],
    start: usize,
    end: usize,
    key: Option<Value>,
    ascending: bool,
) -> PyResult<(usize, usize)> {
    let last = end - 1;
    let pivot = key_of(vm, key, items[last])?;
    // The pivot's key may be a fresh object: keep it alive while the key
    // function and `__lt__` run.
    vm.temp_roots.push(pivot);
    let r = (|| {
        let mut up = start;
        let mut down = last;
        loop {
            while up < down {
                let k = key_of(vm, key, items[up])?;
                if !stays_left(vm, k, pivot, ascending)? {
                    break;
                }
                up += 1;
            }
            down -= 1;
            while up < down {
                let k = key_of(vm, key, items[down])?;
                if !stays_left(vm, pivot, k, ascending)? {
                    break;
                }
                down -= 1;
            }
            if up >= down {
                break;
            }
            items.swap(up, down);
            up += 1;
        }
        items.swap(up, last);
        Ok((down + 1, up + 1))
    })();
    vm.temp_roots.pop();
    r
}

fn key_of(vm: &mut Vm, key: Option<Value>, v: Value) -> PyResult<Value> {
    match key {
        Some(k) => vm.call(k, &[v]),
        None => Ok(v),
    }
}

/// Whether `a < b` answers exactly `ascending` (True or False itself: a
/// `__lt__` returning anything else counts as neither).
fn stays_left(vm: &mut Vm, a: Value, b: Value, ascending: bool) -> PyResult<bool> {
    Ok(vm.compare_op(CmpOp::Lt, a, b)?.is(Value::Bool(ascending)))
}
