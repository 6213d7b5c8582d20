//! Stable sorting for `list.sort` and `sorted`.
//!
//! Keys of one simple type (all small ints, all floats, all strs) sort with
//! the standard library's stable sort, whose comparator is then a true total
//! order. Anything else goes through a merge sort that only ever asks
//! "`a < b`?" through the VM, like CPython: a user `__lt__` that is
//! inconsistent, raises, or mutates the list cannot make it panic — the first
//! error stops the sort and is returned.

use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Items smaller than this are sorted by insertion before merging.
const RUN: usize = 16;

/// `items` in sorted order (by `key(item)` unless `key` is None).
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Value, reverse: bool) -> PyResult<Vec<Value>> {
    if items.len() < 2 {
        return Ok(items);
    }
    if key.is_none() {
        if let Some(perm) = fast_perm(vm, &items, reverse) {
            return Ok(perm.into_iter().map(|i| items[i as usize]).collect());
        }
    }
    // User code runs from here on (keys, `__lt__`): keep the items and
    // their keys reachable whatever it does to the list being sorted.
    let base = vm.temp_roots.len();
    let holder = vm.new_list(items.clone());
    vm.temp_roots.push(holder);
    let keys_list = vm.new_list(Vec::with_capacity(items.len()));
    vm.temp_roots.push(keys_list);
    let r = if key.is_none() {
        general_perm(vm, &items, reverse)
    } else {
        sort_by_keys(vm, &items, key, keys_list, reverse)
    };
    vm.temp_roots.truncate(base);
    let perm = r?;
    Ok(perm.into_iter().map(|i| items[i as usize]).collect())
}

fn sort_by_keys(vm: &mut Vm, items: &[Value], key: Value, keys_list: Value, reverse: bool) -> PyResult<Vec<u32>> {
    for &it in items {
        let k = vm.call(key, &[it])?;
        vm.list_append(keys_list, k)?;
    }
    let keys = match keys_list.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::List(l)) => l.clone(),
        _ => vec![],
    };
    if let Some(perm) = fast_perm(vm, &keys, reverse) {
        return Ok(perm);
    }
    general_perm(vm, &keys, reverse)
}

/// Order for keys that are all ints, all floats (no NaN) or all strs.
fn fast_perm(vm: &Vm, keys: &[Value], reverse: bool) -> Option<Vec<u32>> {
    let mut perm: Vec<u32> = (0..keys.len() as u32).collect();
    let dir = |o: std::cmp::Ordering| if reverse { o.reverse() } else { o };
    match keys[0] {
        Value::Int(_) if keys.iter().all(|k| matches!(k, Value::Int(_))) => {
            let ints: Vec<i64> = keys.iter().map(|k| if let Value::Int(i) = k { *i } else { 0 }).collect();
            perm.sort_by(|&a, &b| dir(ints[a as usize].cmp(&ints[b as usize])));
            Some(perm)
        }
        Value::Int(_) | Value::Float(_) => {
            const EXACT: i64 = 1 << 53;
            let mut fs = Vec::with_capacity(keys.len());
            for k in keys {
                match *k {
                    Value::Float(f) if !f.is_nan() => fs.push(f),
                    Value::Int(i) if (-EXACT..=EXACT).contains(&i) => fs.push(i as f64),
                    _ => return None,
                }
            }
            // No NaN, so partial_cmp is total here.
            perm.sort_by(|&a, &b| {
                dir(fs[a as usize].partial_cmp(&fs[b as usize]).unwrap_or(std::cmp::Ordering::Equal))
            });
            Some(perm)
        }
        Value::Obj(_) => {
            let mut strs = Vec::with_capacity(keys.len());
            for k in keys {
                match k.as_obj().map(|r| vm.heap.get(r)) {
                    Some(Object::Str(s)) => strs.push(s.as_str()),
                    _ => return None,
                }
            }
            perm.sort_by(|&a, &b| dir(strs[a as usize].cmp(strs[b as usize])));
            Some(perm)
        }
        _ => None,
    }
}

/// Order through `vm.less_than`, for keys of any type.
fn general_perm(vm: &mut Vm, keys: &[Value], reverse: bool) -> PyResult<Vec<u32>> {
    let mut perm: Vec<u32> = (0..keys.len() as u32).collect();
    // `before(x, y)`: x must come strictly before y. Taking the right-hand
    // item only when it is strictly before keeps equal items in order.
    let mut before = |vm: &mut Vm, x: u32, y: u32| -> PyResult<bool> {
        let (a, b) = (keys[x as usize], keys[y as usize]);
        if reverse {
            vm.less_than(b, a)
        } else {
            vm.less_than(a, b)
        }
    };
    merge_sort(vm, &mut perm, &mut before)?;
    Ok(perm)
}

type Before<'a> = dyn FnMut(&mut Vm, u32, u32) -> PyResult<bool> + 'a;

fn merge_sort(vm: &mut Vm, v: &mut [u32], before: &mut Before) -> PyResult<()> {
    let n = v.len();
    for start in (0..n).step_by(RUN) {
        insertion_sort(vm, &mut v[start..(start + RUN).min(n)], before)?;
    }
    let mut buf = v.to_vec();
    let mut width = RUN;
    // Merge passes alternate between `v` and `buf`.
    let mut in_v = true;
    while width < n {
        {
            let (src, dst): (&[u32], &mut [u32]) = if in_v { (&*v, &mut buf[..]) } else { (&buf[..], &mut *v) };
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                merge(vm, &src[lo..mid], &src[mid..hi], &mut dst[lo..hi], before)?;
                lo = hi;
            }
        }
        in_v = !in_v;
        width *= 2;
    }
    if !in_v {
        v.copy_from_slice(&buf);
    }
    Ok(())
}

fn insertion_sort(vm: &mut Vm, v: &mut [u32], before: &mut Before) -> PyResult<()> {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && before(vm, x, v[j - 1])? {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
    Ok(())
}

fn merge(vm: &mut Vm, left: &[u32], right: &[u32], out: &mut [u32], before: &mut Before) -> PyResult<()> {
    // Already in order: one comparison instead of a full merge.
    if left.is_empty() || right.is_empty() || !before(vm, right[0], left[left.len() - 1])? {
        out[..left.len()].copy_from_slice(left);
        out[left.len()..].copy_from_slice(right);
        return Ok(());
    }
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if before(vm, right[j], left[i])? {
            out[k] = right[j];
            j += 1;
        } else {
            out[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    out[k..k + left.len() - i].copy_from_slice(&left[i..]);
    k += left.len() - i;
    out[k..].copy_from_slice(&right[j..]);
    Ok(())
}
