//! Operations on dicts, sets and lists that the loop and the natives share:
//! hashing keys through the VM, membership, set algebra.

use super::error::PyResult;
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::objects::dict::Dict;
use crate::objects::set::Set;
use crate::syntax::ast::{BinOp, CmpOp};

impl Vm {
    fn dict_ref(&self, d: Value) -> Option<ObjRef> {
        match d {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Dict(_) => Some(r),
                Object::Instance(i) => match i.base {
                    crate::objects::instance::BaseData::Value(Value::Obj(inner))
                        if matches!(self.heap.get(inner), Object::Dict(_)) =>
                    {
                        Some(inner)
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// MicroPython's constant tables (`errno.errorcode`) are fixed dicts.
    pub fn check_dict_mutable(&mut self, r: ObjRef) -> PyResult<()> {
        match self.heap.get(r) {
            Object::Dict(d) if d.fixed => Err(self.type_error("")),
            _ => Ok(()),
        }
    }

    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => return self.dict_get_unhashable(d, key, e),
        };
        let Some(r) = self.dict_ref(d) else { return Ok(None) };
        if self.needs_user_eq(key) {
            return self.dict_get_slow(r, h, key);
        }
        Ok(match self.heap.get(r) {
            Object::Dict(dict) => dict.get(&self.heap, h, key),
            _ => None,
        })
    }

    /// A key that cannot be hashed: MicroPython searches an OrderedDict by
    /// equality, and in a dict whose keys are all str it knows the key is
    /// absent without hashing it; otherwise hashing fails.
    fn dict_get_unhashable(&mut self, d: Value, key: Value, e: super::error::Exc) -> PyResult<Option<Value>> {
        let Some(r) = self.dict_ref(d) else { return Err(e) };
        let (ordered, entries) = match self.heap.get(r) {
            Object::Dict(dict) => (dict.is_ordered(), dict.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>()),
            _ => return Err(e),
        };
        if ordered {
            for (k, v) in entries {
                if self.eq(k, key)? {
                    return Ok(Some(v));
                }
            }
            return Ok(None);
        }
        if entries.iter().all(|&(k, _)| self.as_str(k).is_some()) {
            return Ok(None);
        }
        Err(e)
    }

    fn needs_user_eq(&self, key: Value) -> bool {
        matches!(key.as_obj().map(|r| self.heap.get(r)), Some(Object::Instance(_)))
    }

    fn dict_get_slow(&mut self, r: ObjRef, h: u64, key: Value) -> PyResult<Option<Value>> {
        let cands: Vec<(Value, Value)> = match self.heap.get(r) {
            Object::Dict(d) => d.iter().filter(|e| e.hash == h).map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        for (k, v) in cands {
            if self.eq(k, key)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    pub fn dict_set(&mut self, d: Value, key: Value, v: Value) -> PyResult<()> {
        let ordered = matches!(self.dict_ref(d).map(|r| self.heap.get(r)), Some(Object::Dict(dd)) if dd.is_ordered());
        // An OrderedDict never hashes: any key goes in.
        let h = match self.hash(key) {
            Err(_) if ordered => 0,
            r => r?,
        };
        let Some(r) = self.dict_ref(d) else { return Ok(()) };
        let found = if self.needs_user_eq(key) || (ordered && h == 0) {
            let cands: Vec<(usize, Value)> = match self.heap.get(r) {
                Object::Dict(dd) => (0..dd.raw_len())
                    .filter_map(|i| dd.raw_entry(i).filter(|e| e.hash == h).map(|e| (i, e.key)))
                    .collect(),
                _ => vec![],
            };
            let mut f = None;
            for (i, k) in cands {
                if self.eq(k, key)? {
                    f = Some(i);
                    break;
                }
            }
            f
        } else {
            match self.heap.get(r) {
                Object::Dict(dd) => dd.find(&self.heap, h, key),
                _ => None,
            }
        };
        let grow = found.is_none();
        if let Object::Dict(dd) = self.heap.get_mut(r) {
            dd.insert_found(found, h, key, v);
        }
        if grow {
            self.heap.grew(40);
        }
        Ok(())
    }

    /// `d.update(other)` / `{**other}`: a dict or an iterable of pairs.
    /// `f(**a, **b, k=v)`: the keywords gathered for a call, each name once.
    pub fn kw_merge(&mut self, d: Value, other: Value) -> PyResult<()> {
        let staging = self.new_dict(crate::objects::dict::Dict::new());
        self.temp_roots.push(staging);
        let r = (|| {
            if matches!(other.as_obj().map(|r| self.heap.get(r)), Some(Object::Dict(_))) {
                self.dict_update(staging, other)?;
            } else {
                // MicroPython reads any other `**` operand through its
                // keys() and subscript; without keys() that is an AttributeError.
                let keys_name = self.intern("keys");
                let keys = self.call_method(other, keys_name, &[])?;
                for k in self.collect_iter_rooted(keys)? {
                    let v = self.get_item(other, k)?;
                    self.dict_set(staging, k, v)?;
                }
            }
            let pairs: Vec<(Value, Value)> = match staging.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Dict(o)) => o.iter().map(|e| (e.key, e.value)).collect(),
                _ => vec![],
            };
            for (k, v) in pairs {
                if self.dict_get(d, k)?.is_some() {
                    let name = self.str(k)?;
                    return Err(self.type_error(format!("function got multiple values for argument '{name}'")));
                }
                self.dict_set(d, k, v)?;
            }
            Ok(())
        })();
        self.temp_roots.pop();
        r
    }

    pub fn dict_update(&mut self, d: Value, other: Value) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Dict(o)) => o.iter().map(|e| (e.key, e.value)).collect(),
            _ => {
                let keys_name = self.intern("keys");
                if !self.is_sequence_like(other) && self.has_attr(other, keys_name) {
                    let keys = self.call_method(other, keys_name, &[])?;
                    let keys = self.collect_iter(keys)?;
                    let mut out = vec![];
                    for k in keys {
                        let v = self.get_item(other, k)?;
                        out.push((k, v));
                    }
                    out
                } else {
                    let items = self.collect_iter(other)?;
                    let mut out = vec![];
                    for it in items {
                        let kv = self.collect_iter(it)?;
                        if kv.len() != 2 {
                            return Err(self.value_error("dict update sequence has wrong length"));
                        }
                        out.push((kv[0], kv[1]));
                    }
                    out
                }
            }
        };
        for (k, v) in pairs {
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    fn is_sequence_like(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|r| self.heap.get(r)),
            Some(Object::List(_)) | Some(Object::Tuple(_)) | Some(Object::Iter(_)) | Some(Object::Generator(_))
        )
    }

    pub fn new_set(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let mut d = Dict::with_capacity(items.len());
        for &it in items {
            self.set_insert(&mut d, it)?;
        }
        Ok(self.alloc(Object::Set(Box::new(Set { items: d, frozen }))))
    }

    /// A set filled one item at a time from an empty table, as `set(it)`
    /// fills it on a board (a display sizes its table first instead).
    pub fn new_set_grown(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let mut d = Dict::new();
        for &it in items {
            self.set_insert(&mut d, it)?;
        }
        Ok(self.alloc(Object::Set(Box::new(Set { items: d, frozen }))))
    }

    /// Add `v` to a table being built (no-op if an equal item is there).
    fn set_insert(&mut self, d: &mut Dict, v: Value) -> PyResult<()> {
        let h = self.hash(v)?;
        let found =
            if self.needs_user_eq(v) { self.first_equal(same_hash(d, h), v)? } else { d.find(&self.heap, h, v) };
        if found.is_none() {
            d.insert_found(None, h, v, Value::None);
        }
        Ok(())
    }

    /// The first of `cands` equal to `v` by `==`, a user `__eq__` included.
    fn first_equal(&mut self, cands: Vec<(usize, Value)>, v: Value) -> PyResult<Option<usize>> {
        for (i, k) in cands {
            if k.is(v) || self.eq(k, v)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let h = self.hash(v)?;
        if let Value::Obj(r) = s {
            let found = match self.heap.get(r) {
                Object::Set(st) if self.needs_user_eq(v) => {
                    let cands = same_hash(&st.items, h);
                    self.first_equal(cands, v)?
                }
                Object::Set(st) => st.items.find(&self.heap, h, v),
                _ => return Ok(()),
            };
            if found.is_none() {
                if let Object::Set(st) = self.heap.get_mut(r) {
                    st.items.insert_found(None, h, v, Value::None);
                }
                self.heap.grew(40);
            }
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: ObjRef, v: Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        Ok(self.set_find(s, h, v)?.is_some())
    }

    /// Where `v` (of hash `h`) is in set `s`: an instance is found by its
    /// own __eq__ among the items of equal hash.
    pub(crate) fn set_find(&mut self, s: ObjRef, h: u64, v: Value) -> PyResult<Option<usize>> {
        match self.heap.get(s) {
            Object::Set(st) if self.needs_user_eq(v) => {
                let cands = same_hash(&st.items, h);
                self.first_equal(cands, v)
            }
            Object::Set(st) => Ok(st.items.find(&self.heap, h, v)),
            _ => Ok(None),
        }
    }

    pub fn list_append(&mut self, l: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(r) = l {
            if let Object::List(list) = self.heap.get_mut(r) {
                let cap = list.capacity();
                list.push(v);
                if list.capacity() != cap {
                    // Accounted now; the next safepoint collects and raises
                    // MemoryError if the program really is over its limit.
                    let extra = (list.capacity() - cap) * std::mem::size_of::<Value>();
                    self.heap.grew(extra);
                }
            }
        }
        Ok(())
    }

    /// Set algebra: `|`, `&`, `-`, `^`. `None` when `b` is not a set.
    pub fn set_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (Some(Object::Set(sa)), Some(Object::Set(sb))) =
            (a.as_obj().map(|r| self.heap.get(r)), b.as_obj().map(|r| self.heap.get(r)))
        else {
            return Ok(None);
        };
        // An intersection starts as a fresh plain set, whatever the left kind.
        let frozen = sa.frozen && op != BinOp::BitAnd;
        let others: Vec<(u64, Value)> = sb.items.iter().map(|e| (e.hash, e.key)).collect();
        let out = crate::objects::set::combine(&self.heap, &sa.items, &others, op);
        Ok(Some(self.alloc(Object::Set(Box::new(Set { items: out, frozen })))))
    }

    pub fn set_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        let (Some(Object::Set(sa)), Some(Object::Set(sb))) =
            (a.as_obj().map(|r| self.heap.get(r)), b.as_obj().map(|r| self.heap.get(r)))
        else {
            return Ok(Value::Bool(false));
        };
        let heap = &self.heap;
        let a_in_b = sa.items.iter().all(|e| sb.items.find(heap, e.hash, e.key).is_some());
        let b_in_a = sb.items.iter().all(|e| sa.items.find(heap, e.hash, e.key).is_some());
        let (la, lb) = (sa.items.len(), sb.items.len());
        Ok(Value::Bool(match op {
            CmpOp::LtE => a_in_b,
            CmpOp::Lt => a_in_b && la < lb,
            CmpOp::GtE => b_in_a,
            _ => b_in_a && la > lb,
        }))
    }

    /// `needle in haystack`.
    pub fn contains(&mut self, haystack: Value, needle: Value) -> PyResult<bool> {
        // MicroPython's small-int fast path refuses `int in int` and
        // `int in float` before it swaps the operands for containment, and
        // names the operation with an empty string.
        if matches!(needle, Value::Int(_)) && matches!(haystack, Value::Int(_) | Value::Float(_)) {
            let (tn, th) = (self.type_name(needle), self.type_name(haystack));
            return Err(self.type_error(format!("unsupported types for : '{tn}', '{th}'")));
        }
        if let Value::Obj(r) = haystack {
            match self.heap.get(r) {
                Object::Str(s) => {
                    return match needle.as_obj().map(|n| self.heap.get(n)) {
                        Some(Object::Str(n)) => Ok(s.as_str().contains(n.as_str())),
                        _ => {
                            let t = self.type_name(needle);
                            Err(self.type_error(format!("can't convert '{t}' object to str implicitly")))
                        }
                    }
                }
                Object::Bytes(_) => return crate::objects::bytes::contains(self, r, needle),
                Object::ByteArray(_) | Object::Array(_) | Object::MemoryView(_) => {
                    if let Some(found) = crate::objects::array::contains(self, haystack, needle)? {
                        return Ok(found);
                    }
                }
                Object::Dict(_) => return Ok(self.dict_get(haystack, needle)?.is_some()),
                Object::Set(_) => return self.set_contains(r, needle),
                Object::Range(rg) => {
                    let rg = *rg;
                    if let Value::Int(i) = needle {
                        let ok = if rg.step > 0 { i >= rg.start && i < rg.stop } else { i <= rg.start && i > rg.stop };
                        return Ok(ok && (i - rg.start) % rg.step == 0);
                    }
                }
                Object::List(l) => {
                    let items = l.clone();
                    for it in items {
                        if self.eq(it, needle)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Object::Tuple(t) => {
                    let items = t.to_vec();
                    for it in items {
                        if self.eq(it, needle)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Object::Instance(_) | Object::Native(_) => {
                    let class = self.class_of(haystack);
                    let cn = self.names.contains;
                    if let Some(f) = self.lookup_class_attr(class, cn) {
                        let v = self.call(f, &[haystack, needle])?;
                        return self.truthy(v);
                    }
                    let inner = self.unwrap_builtin(haystack);
                    if !inner.is(haystack) {
                        return self.contains(inner, needle);
                    }
                }
                _ => {}
            }
        }
        let it = self.get_iter(haystack)?;
        self.temp_roots.push(it);
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(v)) => match self.eq(v, needle) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.pop();
        r
    }
}

/// The slots of `d` whose hash is `h`, with their keys.
fn same_hash(d: &Dict, h: u64) -> Vec<(usize, Value)> {
    (0..d.raw_len()).filter_map(|i| d.raw_entry(i).filter(|e| e.hash == h).map(|e| (i, e.key))).collect()
}
