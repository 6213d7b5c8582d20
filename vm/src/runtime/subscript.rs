//! `obj[key]`, `obj[key] = v`, `del obj[key]`, and slice arithmetic.

use super::error::{ExcKind, PyResult};
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::objects::instance::Special;

/// A slice resolved against a length: the indices it selects.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        // `None` once a step would overflow: a huge step selects one item.
        let mut i = Some(self.start);
        std::iter::from_fn(move || {
            let at = i?;
            if (self.step > 0 && at < self.stop) || (self.step < 0 && at > self.stop) {
                i = at.checked_add(self.step);
                Some(at as usize)
            } else {
                None
            }
        })
    }
    /// Bounds (None where left out) and a non-zero step resolved against
    /// a length, clamped as Python does.
    pub fn resolve(start: Option<i64>, stop: Option<i64>, step: i64, len: usize) -> SliceIdx {
        let len = len as i64;
        let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let bound = |b: Option<i64>, default: i64| match b {
            None => default,
            Some(s) => clamp(if s < 0 { s + len } else { s }, lo, hi),
        };
        let start = bound(start, if step > 0 { 0 } else { len - 1 });
        let stop = bound(stop, if step > 0 { len } else { -1 });
        SliceIdx { start, stop, step }
    }
    pub fn count(&self) -> usize {
        // Bounds are clamped to the length, so only the step can be huge.
        if self.step > 0 && self.start < self.stop {
            ((self.stop - self.start - 1) as u64 / self.step.unsigned_abs() + 1) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - 1) as u64 / self.step.unsigned_abs() + 1) as usize
        } else {
            0
        }
    }
}

impl Vm {
    /// An integer index (ints, bools, `__index__`).
    pub fn to_index(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            // A board reads an index into a machine word first.
            Value::Obj(r) if matches!(self.heap.get(r), Object::BigInt(_)) => Err(self.word_overflow()),
            _ => {
                let inner = self.unwrap_builtin(v);
                if !inner.is(v) {
                    return self.to_index(inner);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("indices must be integers, not {t}")))
            }
        }
    }

    /// An int (or bool) key for a sequence of type `what` and length
    /// `len`, negative from the end, with MicroPython's messages.
    pub fn seq_index(&mut self, what: &str, len: usize, key: Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => {
                let inner = self.unwrap_builtin(key);
                if !inner.is(key) {
                    return self.seq_index(what, len, inner);
                }
                if let Some(Object::BigInt(_)) = key.as_obj().map(|r| self.heap.get(r)) {
                    return Err(self.word_overflow());
                }
                let t = self.type_name(key);
                return Err(self.type_error(format!("{what} indices must be integers, not {t}")));
            }
        };
        self.norm_index(i, len, what)
    }

    fn norm_index(&mut self, i: i64, len: usize, what: &str) -> PyResult<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    pub fn resolve_slice(&mut self, slice: Value, len: usize) -> PyResult<SliceIdx> {
        let (a, b, c) = match slice.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Slice(sl)) => (sl.start, sl.stop, sl.step),
            _ => return Err(self.type_error("expected a slice")),
        };
        let step = if c.is_none() { 1 } else { self.slice_int(c)? };
        if step == 0 {
            return Err(self.value_error("slice step can't be zero"));
        }
        let start = if a.is_none() { None } else { Some(self.slice_int(a)?) };
        let stop = if b.is_none() { None } else { Some(self.slice_int(b)?) };
        Ok(SliceIdx::resolve(start, stop, step, len))
    }

    /// A slice bound as an int.
    fn slice_int(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => match self.to_index(v) {
                Ok(i) => Ok(i),
                Err(_) if matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Object::BigInt(_))) => {
                    Err(self.word_overflow())
                }
                Err(_) => {
                    let t = self.type_name(v);
                    Err(self.type_error(format!("can't convert {t} to int")))
                }
            },
        }
    }

    /// A str slice bound that is not an int is refused with str's own
    /// message, where other sequences say "can't convert".
    fn check_str_slice_bounds(&mut self, slice: Value) -> PyResult<()> {
        let bounds = match slice.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Slice(sl)) => [sl.start, sl.stop, sl.step],
            _ => return Ok(()),
        };
        for b in bounds {
            let int_like = match b {
                Value::None | Value::Int(_) | Value::Bool(_) => true,
                Value::Obj(r) => matches!(self.heap.get(r), Object::BigInt(_)) || !self.unwrap_builtin(b).is(b),
                _ => false,
            };
            if !int_like {
                let t = self.type_name(b);
                return Err(self.type_error(format!("string indices must be integers, not {t}")));
            }
        }
        Ok(())
    }

    /// MicroPython assigns to and deletes only slices of step 1: the
    /// range such a slice covers, or None for any other step.
    pub fn fast_slice(&mut self, key: Value, len: usize) -> PyResult<Option<(usize, usize)>> {
        let s = self.resolve_slice(key, len)?;
        if s.step != 1 {
            return Ok(None);
        }
        Ok(Some((s.start as usize, s.stop.max(s.start) as usize)))
    }

    pub(crate) fn is_slice(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Slice(_)))
    }

    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object isn't subscriptable")));
        };
        match self.heap.get(r) {
            Object::List(_) => self.list_get_item(r, key),
            Object::Tuple(_) => self.tuple_get_item(r, key),
            Object::Str(s) => {
                let len = s.char_len();
                if self.is_slice(key) {
                    // MicroPython's str slices only with step 1, and it checks
                    // the step before anything else (a zero step is this
                    // error too).
                    let step = match key.as_obj().map(|k| self.heap.get(k)) {
                        Some(Object::Slice(sl)) => sl.step,
                        _ => Value::None,
                    };
                    if !matches!(step, Value::None | Value::Int(1)) {
                        return Err(
                            self.err(ExcKind::NotImplementedError, "only slices with step=1 (aka None) are supported")
                        );
                    }
                    self.check_str_slice_bounds(key)?;
                    let (start, stop) = crate::objects::array::fast_slice(self, key, len)?;
                    let out: String = match self.heap.get(r) {
                        Object::Str(s) => {
                            let a = s.byte_offset(start);
                            let b = s.byte_offset(stop);
                            s.as_str()[a..b].to_string()
                        }
                        _ => String::new(),
                    };
                    return Ok(self.new_str(out));
                }
                let j = self.seq_index("string", len, key)?;
                let c = match self.heap.get(r) {
                    Object::Str(s) => s.char_at(j).to_string(),
                    _ => String::new(),
                };
                Ok(self.new_str(c))
            }
            Object::Bytes(_) | Object::ByteArray(_) => crate::objects::bytes::get_item(self, r, key),
            Object::Array(_) => crate::objects::array::get_item(self, r, key),
            Object::MemoryView(_) => crate::objects::memoryview::get_item(self, r, key),
            Object::Range(rg) => {
                let rg = *rg;
                if self.is_slice(key) {
                    // MicroPython keeps the resolved stop, unnormalised.
                    let s = self.resolve_slice(key, rg.len())?;
                    // Wide arithmetic: a range near the ends of the word
                    // sliced by a big step leaves the word (OverflowError).
                    let wide = |a: i64, i: i64, b: i64| i64::try_from(a as i128 + i as i128 * b as i128).ok();
                    let (Some(start), Some(step), Some(stop)) =
                        (wide(rg.start, s.start, rg.step), wide(0, rg.step, s.step), wide(rg.start, s.stop, rg.step))
                    else {
                        return Err(self.word_overflow());
                    };
                    return Ok(self.alloc(Object::Range(crate::objects::range::Range { start, stop, step })));
                }
                let j = self.seq_index("range", rg.len(), key)?;
                Ok(Value::Int(rg.get(j)))
            }
            Object::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            Object::Instance(_) => {
                let gi = self.names.getitem;
                match self.special_lookup(obj, gi) {
                    Some(Special::Method(f)) => self.call_special(obj, f, &[key]),
                    Some(Special::Base(b)) => self.get_item(b, key),
                    None => {
                        let t = self.type_name(obj);
                        Err(self.type_error(format!("'{t}' object isn't subscriptable")))
                    }
                }
            }
            Object::Native(_) | Object::Class(_) => {
                let class = self.class_of(obj);
                let gi = self.names.getitem;
                match self.lookup_class_attr(class, gi) {
                    Some(f) => self.call(f, &[obj, key]),
                    None => {
                        let t = self.type_name(obj);
                        Err(self.type_error(format!("'{t}' object isn't subscriptable")))
                    }
                }
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object isn't subscriptable")))
            }
        }
    }

    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object doesn't support item assignment")));
        };
        match self.heap.get(r) {
            Object::List(_) => self.list_set_item(r, key, v),
            Object::Dict(_) => {
                self.check_dict_mutable(r)?;
                self.dict_set(obj, key, v)
            }
            Object::ByteArray(_) => crate::objects::bytes::bytearray_set_item(self, r, key, v),
            Object::Array(_) => crate::objects::array::set_item(self, r, key, v),
            Object::MemoryView(_) => crate::objects::memoryview::set_item(self, r, key, v),
            Object::Instance(_) | Object::Native(_) => {
                let si = self.names.setitem;
                match self.special_lookup(obj, si) {
                    Some(Special::Method(f)) => {
                        self.call_special(obj, f, &[key, v])?;
                        Ok(())
                    }
                    Some(Special::Base(inner)) => self.set_item(inner, key, v),
                    None => {
                        let t = self.type_name(obj);
                        Err(self.type_error(format!("'{t}' object doesn't support item assignment")))
                    }
                }
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object doesn't support item assignment")))
            }
        }
    }

    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object doesn't support item deletion")));
        };
        match self.heap.get(r) {
            Object::List(_) => self.list_del_item(r, key),
            Object::Dict(_) => {
                self.check_dict_mutable(r)?;
                let h = self.hash(key)?;
                let found = match self.heap.get(r) {
                    Object::Dict(d) => d.find(&self.heap, h, key),
                    _ => None,
                };
                match found {
                    Some(i) => {
                        if let Object::Dict(d) = self.heap.get_mut(r) {
                            d.remove_at(i);
                        }
                        Ok(())
                    }
                    None => Err(self.key_error(key)),
                }
            }
            Object::Instance(_) | Object::Native(_) => {
                let di = self.names.delitem;
                match self.special_lookup(obj, di) {
                    Some(Special::Method(f)) => {
                        self.call_special(obj, f, &[key])?;
                        Ok(())
                    }
                    Some(Special::Base(inner)) => self.del_item(inner, key),
                    None => {
                        let t = self.type_name(obj);
                        Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
                    }
                }
            }
            _ => {
                let t = self.type_name(obj);
                let _ = ExcKind::TypeError;
                Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SliceIdx;

    #[test]
    fn huge_steps_select_one_item_without_overflow() {
        for (start, step) in [(1, i64::MAX), (1, i64::MIN), (2, i64::MIN + 1), (0, i64::MAX)] {
            let s = SliceIdx::resolve(Some(start), None, step, 3);
            let picked: Vec<usize> = s.indices().collect();
            assert_eq!(picked, vec![start as usize], "step {step}");
            assert_eq!(s.count(), 1, "step {step}");
        }
        let s = SliceIdx::resolve(None, None, -2, 7);
        assert_eq!(s.indices().collect::<Vec<_>>(), vec![6, 4, 2, 0]);
        assert_eq!(s.count(), 4);
    }
}
