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
        let mut i = self.start;
        std::iter::from_fn(move || {
            if (self.step > 0 && i < self.stop) || (self.step < 0 && i > self.stop) {
                let r = i as usize;
                i += self.step;
                Some(r)
            } else {
                None
            }
        })
    }
    pub fn count(&self) -> usize {
        if self.step > 0 && self.start < self.stop {
            ((self.stop - self.start + self.step - 1) / self.step) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - self.step - 1) / -self.step) as usize
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
            Value::Obj(r) if matches!(self.heap.get(r), Object::BigInt(_)) => {
                Err(self.index_error("index out of range"))
            }
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
        let len = len as i64;
        let step = if c.is_none() { 1 } else { self.to_index(c)? };
        if step == 0 {
            return Err(self.value_error("slice step can't be zero"));
        }
        let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let start = if a.is_none() {
            if step > 0 {
                0
            } else {
                len - 1
            }
        } else {
            let s = self.to_index(a)?;
            clamp(if s < 0 { s + len } else { s }, lo, hi)
        };
        let stop = if b.is_none() {
            if step > 0 {
                len
            } else {
                -1
            }
        } else {
            let s = self.to_index(b)?;
            clamp(if s < 0 { s + len } else { s }, lo, hi)
        };
        Ok(SliceIdx { start, stop, step })
    }

    fn is_slice(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Slice(_)))
    }

    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object isn't subscriptable")));
        };
        match self.heap.get(r) {
            Object::List(l) => {
                let len = l.len();
                if let Value::Int(i) = key {
                    let j = self.norm_index(i, len, "list")?;
                    if let Object::List(l) = self.heap.get(r) {
                        return Ok(l[j]);
                    }
                }
                if self.is_slice(key) {
                    let s = self.resolve_slice(key, len)?;
                    let items: Vec<Value> = match self.heap.get(r) {
                        Object::List(l) => s.indices().map(|i| l[i]).collect(),
                        _ => vec![],
                    };
                    return Ok(self.new_list(items));
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "list")?;
                match self.heap.get(r) {
                    Object::List(l) => Ok(l[j]),
                    _ => Ok(Value::None),
                }
            }
            Object::Tuple(t) => {
                let len = t.len();
                if self.is_slice(key) {
                    let s = self.resolve_slice(key, len)?;
                    let items: Vec<Value> = match self.heap.get(r) {
                        Object::Tuple(t) => s.indices().map(|i| t[i]).collect(),
                        _ => vec![],
                    };
                    return Ok(self.new_tuple(items));
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "tuple")?;
                match self.heap.get(r) {
                    Object::Tuple(t) => Ok(t[j]),
                    _ => Ok(Value::None),
                }
            }
            Object::Str(s) => {
                let len = s.char_len();
                if self.is_slice(key) {
                    let sl = self.resolve_slice(key, len)?;
                    let out: String = match self.heap.get(r) {
                        Object::Str(s) => {
                            if sl.step == 1 {
                                let a = s.byte_offset(sl.start.max(0) as usize);
                                let b = s.byte_offset(sl.stop.max(sl.start).max(0) as usize);
                                s.as_str()[a..b].to_string()
                            } else if s.is_ascii() {
                                let bytes = s.as_str().as_bytes();
                                sl.indices().map(|i| bytes[i] as char).collect()
                            } else {
                                let chars: Vec<char> = s.as_str().chars().collect();
                                sl.indices().map(|i| chars[i]).collect()
                            }
                        }
                        _ => String::new(),
                    };
                    return Ok(self.new_str(out));
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "string")?;
                let c = match self.heap.get(r) {
                    Object::Str(s) => s.char_at(j).to_string(),
                    _ => String::new(),
                };
                Ok(self.new_str(c))
            }
            Object::Bytes(b) | Object::ByteArray(b) => {
                let len = b.len();
                let is_ba = matches!(self.heap.get(r), Object::ByteArray(_));
                if self.is_slice(key) {
                    let s = self.resolve_slice(key, len)?;
                    let out: Vec<u8> = match self.heap.get(r) {
                        Object::Bytes(b) | Object::ByteArray(b) => s.indices().map(|i| b[i]).collect(),
                        _ => vec![],
                    };
                    return Ok(if is_ba { self.alloc(Object::ByteArray(out)) } else { self.new_bytes(out) });
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, if is_ba { "bytearray" } else { "bytes" })?;
                match self.heap.get(r) {
                    Object::Bytes(b) | Object::ByteArray(b) => Ok(Value::Int(b[j] as i64)),
                    _ => Ok(Value::None),
                }
            }
            Object::Range(rg) => {
                let rg = *rg;
                if self.is_slice(key) {
                    // MicroPython keeps the resolved stop, unnormalised.
                    let s = self.resolve_slice(key, rg.len())?;
                    let start = rg.start + s.start * rg.step;
                    let step = rg.step * s.step;
                    let stop = rg.start + s.stop * rg.step;
                    return Ok(self.alloc(Object::Range(crate::objects::range::Range { start, stop, step })));
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, rg.len(), "range")?;
                Ok(Value::Int(rg.get(j)))
            }
            Object::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            Object::MemoryView { obj: target, start, len, readonly } => {
                // A step-1 slice is a view on the same buffer (writable
                // through a bytearray), as in MicroPython.
                let (target, start, len, readonly) = (*target, *start, *len, *readonly);
                if self.is_slice(key) {
                    let s = self.resolve_slice(key, len)?;
                    if s.step == 1 {
                        let n = s.count();
                        let from = start + s.start.max(0) as usize;
                        return Ok(self.alloc(Object::MemoryView { obj: target, start: from, len: n, readonly }));
                    }
                }
                let b = self.bytes_like(obj)?;
                let bv = self.new_bytes(b);
                let v = self.get_item(bv, key)?;
                if self.is_slice(key) {
                    let bytes = self.bytes_like(v)?;
                    let src = self.alloc(Object::Bytes(bytes.clone()));
                    return Ok(self.alloc(Object::MemoryView {
                        obj: src.as_obj().expect("bytes"),
                        start: 0,
                        len: bytes.len(),
                        readonly: true,
                    }));
                }
                Ok(v)
            }
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
            Object::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let items = self.collect_iter(v)?;
                    let s = self.resolve_slice(key, len)?;
                    if s.step == 1 {
                        let (a, b) = (s.start as usize, (s.stop.max(s.start)) as usize);
                        if let Object::List(l) = self.heap.get_mut(r) {
                            l.splice(a..b, items);
                        }
                        return Ok(());
                    }
                    let idx: Vec<usize> = s.indices().collect();
                    if idx.len() != items.len() {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            idx.len()
                        )));
                    }
                    if let Object::List(l) = self.heap.get_mut(r) {
                        for (i, x) in idx.into_iter().zip(items) {
                            l[i] = x;
                        }
                    }
                    return Ok(());
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "list assignment")?;
                if let Object::List(l) = self.heap.get_mut(r) {
                    l[j] = v;
                }
                Ok(())
            }
            Object::Dict(_) => self.dict_set(obj, key, v),
            Object::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    let items = self.bytes_like(v)?;
                    let s = self.resolve_slice(key, len)?;
                    let (a, b) = (s.start as usize, (s.stop.max(s.start)) as usize);
                    if let Object::ByteArray(l) = self.heap.get_mut(r) {
                        l.splice(a..b, items);
                    }
                    return Ok(());
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "bytearray")?;
                let byte = match v {
                    Value::Int(x) if (0..256).contains(&x) => x as u8,
                    _ => return Err(self.value_error("byte must be in range(0, 256)")),
                };
                if let Object::ByteArray(l) = self.heap.get_mut(r) {
                    l[j] = byte;
                }
                Ok(())
            }
            Object::MemoryView { obj: target, start, len, readonly } => {
                let (target, start, len, readonly) = (*target, *start, *len, *readonly);
                if readonly {
                    return Err(self.type_error("'memoryview' object doesn't support item assignment"));
                }
                if self.is_slice(key) {
                    let items = self.bytes_like(v)?;
                    let s = self.resolve_slice(key, len)?;
                    let idx: Vec<usize> = s.indices().collect();
                    if idx.len() != items.len() {
                        return Err(self.value_error("memoryview slice assignment size mismatch"));
                    }
                    if let Object::ByteArray(l) = self.heap.get_mut(target) {
                        for (i, x) in idx.into_iter().zip(items) {
                            if let Some(b) = l.get_mut(start + i) {
                                *b = x;
                            }
                        }
                    }
                    return Ok(());
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "memoryview")?;
                let byte = match v {
                    Value::Int(x) if (0..256).contains(&x) => x as u8,
                    _ => return Err(self.value_error("byte must be in range(0, 256)")),
                };
                if let Object::ByteArray(l) = self.heap.get_mut(target) {
                    if let Some(b) = l.get_mut(start + j) {
                        *b = byte;
                    }
                }
                Ok(())
            }
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
            Object::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let s = self.resolve_slice(key, len)?;
                    let mut idx: Vec<usize> = s.indices().collect();
                    idx.sort_unstable();
                    if let Object::List(l) = self.heap.get_mut(r) {
                        for i in idx.into_iter().rev() {
                            l.remove(i);
                        }
                    }
                    return Ok(());
                }
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "list")?;
                if let Object::List(l) = self.heap.get_mut(r) {
                    l.remove(j);
                }
                Ok(())
            }
            Object::ByteArray(l) => {
                let len = l.len();
                let i = self.to_index(key)?;
                let j = self.norm_index(i, len, "bytearray")?;
                if let Object::ByteArray(l) = self.heap.get_mut(r) {
                    l.remove(j);
                }
                Ok(())
            }
            Object::Dict(_) => {
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
