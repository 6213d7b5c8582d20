//! `l[a:b:c]` and `l[a:b] = seq` on a list, straight from the bounds the
//! compiler pushed, with no slice object: the bytecode loop takes this path
//! when `BuildSlice` is followed by the subscript. A slice object was two
//! allocations (its heap slot and its box) on every such subscript, which
//! list-reversing loops like fannkuch's do millions of times. Anything
//! else (other types, non-int bounds, errors) is left to the general path.

use super::object::Object;
use super::subscript::SliceIdx;
use super::value::Value;
use super::vm::Vm;
use smallvec::SmallVec;

/// A bound as the fast path takes it: an int, or None for "left out".
fn bound(v: Value) -> Option<Option<i64>> {
    match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i)),
        _ => None,
    }
}

impl Vm {
    /// `obj[start:stop:step]` when `obj` is a list and the bounds are ints
    /// or None (a non-zero step); None to take the general path.
    pub(crate) fn list_slice_load(&mut self, obj: Value, start: Value, stop: Value, step: Value) -> Option<Value> {
        let r = obj.as_obj()?;
        let (a, b) = (bound(start)?, bound(stop)?);
        let c = bound(step)?.unwrap_or(1);
        if c == 0 {
            return None;
        }
        let items: Vec<Value> = match self.heap.get(r) {
            Object::List(l) => SliceIdx::resolve(a, b, c, l.len()).indices().map(|i| l[i]).collect(),
            _ => return None,
        };
        Some(self.new_list(items))
    }

    /// `obj[start:stop] = v` when `obj` is a list, the step is left out or
    /// 1, the bounds are ints or None and `v` is a list or tuple (all that
    /// MicroPython assigns from); false to take the general path.
    pub(crate) fn list_slice_store(&mut self, obj: Value, start: Value, stop: Value, step: Value, v: Value) -> bool {
        let (Some(r), Some(a), Some(b), Some(c)) = (obj.as_obj(), bound(start), bound(stop), bound(step)) else {
            return false;
        };
        if c.unwrap_or(1) != 1 {
            return false;
        }
        // Copied out first: the source may be the list itself.
        let items: SmallVec<[Value; 16]> = match v.as_obj().map(|s| self.heap.get(s)) {
            Some(Object::List(l)) => l.iter().copied().collect(),
            Some(Object::Tuple(t)) => t.iter().copied().collect(),
            _ => return false,
        };
        match self.heap.get_mut(r) {
            Object::List(l) => {
                let s = SliceIdx::resolve(a, b, 1, l.len());
                let (from, to) = (s.start as usize, s.stop.max(s.start) as usize);
                if to - from == items.len() {
                    l[from..to].copy_from_slice(&items);
                } else {
                    l.splice(from..to, items);
                }
                true
            }
            _ => false,
        }
    }
}
