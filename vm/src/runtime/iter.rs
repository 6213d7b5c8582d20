//! The iteration protocol: `iter()`, `next()`, and helpers that drain an
//! iterable into a vector.

use super::error::{ExcKind, PyResult};
use super::interp::Exit;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::objects::instance::Special;
use crate::objects::iter::Iter;

impl Vm {
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            let it = match self.heap.get(r) {
                Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) => {
                    Iter::Seq { seq: r, index: 0 }
                }
                Object::Range(rg) => Iter::Range { next: rg.start, stop: rg.stop, step: rg.step },
                Object::Dict(d) => Iter::Dict { dict: r, pos: 0, what: 0, len_at_start: d.len() },
                Object::Set(s) => {
                    // Iterate over a snapshot so mutation cannot confuse us.
                    let keys = s.items.keys();
                    let l = self.new_list(keys);
                    Iter::Seq { seq: l.as_obj().expect("list"), index: 0 }
                }
                Object::Iter(_) | Object::Generator(_) => return Ok(v),
                Object::MemoryView(_) | Object::Array(_) => Iter::Seq { seq: r, index: 0 },
                Object::Instance(_) => {
                    let itn = self.names.iter;
                    match self.special_lookup(v, itn) {
                        Some(Special::Method(f)) => return self.call_special(v, f, &[]),
                        Some(Special::Base(b)) => return self.get_iter(b),
                        None => {}
                    }
                    // No `__iter__`: `__getitem__` with 0, 1, 2, ... until
                    // IndexError.
                    let gi = self.names.getitem;
                    if self.special_lookup(v, gi).is_none() {
                        let t = self.type_name(v);
                        return Err(self.type_error(format!("'{t}' object isn't iterable")));
                    }
                    Iter::GetItem { obj: v, index: 0 }
                }
                Object::Native(_) => {
                    let class = self.class_of(v);
                    let itn = self.names.iter;
                    if let Some(f) = self.lookup_class_attr(class, itn) {
                        return self.call(f, &[v]);
                    }
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("'{t}' object isn't iterable")));
                }
                _ => {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("'{t}' object isn't iterable")));
                }
            };
            return Ok(self.alloc(Object::Iter(it)));
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("'{t}' object isn't iterable")))
    }

    /// Next item of an iterator, `None` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // Native code drains iterators in loops of its own (`sum`, `max`,
        // `list.extend`, `str.join`): each item is a chance to stop.
        self.check_interrupt()?;
        match self.iter_next_raw(it) {
            Err(e) if self.exc_class_is(e.0, ExcKind::StopIteration) => Ok(None),
            r => r,
        }
    }

    /// Like `iter_next`, but a `StopIteration` raised by user code is passed
    /// through (so `yield from` can read its value).
    pub(crate) fn iter_next_raw(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Value::Obj(r) = it else {
            let t = self.type_name(it);
            return Err(self.type_error(format!("'{t}' object isn't an iterator")));
        };
        match self.heap.get_mut(r) {
            Object::Iter(_) => self.builtin_next(r),
            Object::Generator(_) => match self.gen_send(r, Value::None, None)? {
                Exit::Yield(v) => Ok(Some(v)),
                Exit::Return(v) if v.is_none() => Ok(None),
                // A return value travels in the StopIteration, for `next()`.
                Exit::Return(v) => Err(self.stop_iteration(v)),
            },
            _ => {
                let nn = self.names.next;
                match self.call_dunder(it, nn, &[])? {
                    Some(v) => Ok(Some(v)),
                    None => {
                        let t = self.type_name(it);
                        Err(self.type_error(format!("'{t}' object isn't an iterator")))
                    }
                }
            }
        }
    }

    fn builtin_next(&mut self, r: super::heap::ObjRef) -> PyResult<Option<Value>> {
        // Take the state out so the arms can use the whole VM.
        let state = match self.heap.get_mut(r) {
            Object::Iter(i) => std::mem::replace(i, Iter::Done),
            _ => return Ok(None),
        };
        let (next_state, out) = match state {
            Iter::Seq { seq, index } => {
                let item = match self.heap.get(seq) {
                    Object::List(l) => l.get(index).copied(),
                    Object::Tuple(t) => t.get(index).copied(),
                    Object::Bytes(b) | Object::ByteArray(b) => b.get(index).map(|&x| Value::Int(x as i64)),
                    Object::Array(_) | Object::MemoryView(_) => {
                        // Items are decoded by typecode (big ints allocate).
                        return match crate::objects::array::item_of(self, seq, index)? {
                            Some(v) => self.finish_next(r, Iter::Seq { seq, index: index + 1 }, Some(v)),
                            None => self.finish_next(r, Iter::Done, None),
                        };
                    }
                    Object::Str(s) => {
                        // `index` counts bytes for str, so iteration is O(n).
                        let text = s.as_str();
                        if index < text.len() {
                            let c = text[index..].chars().next().unwrap_or(' ');
                            let n = c.len_utf8();
                            let piece = text[index..index + n].to_string();
                            let v = self.new_str(piece);
                            return self.finish_next(r, Iter::Seq { seq, index: index + n }, Some(v));
                        }
                        None
                    }
                    _ => None,
                };
                match item {
                    Some(v) => (Iter::Seq { seq, index: index + 1 }, Some(v)),
                    None => (Iter::Done, None),
                }
            }
            Iter::Range { next, stop, step } => {
                if (step > 0 && next < stop) || (step < 0 && next > stop) {
                    (Iter::Range { next: next.wrapping_add(step), stop, step }, Some(Value::Int(next)))
                } else {
                    (Iter::Done, None)
                }
            }
            Iter::Dict { dict, mut pos, what, len_at_start } => {
                // A board does not notice a dict changing under its
                // iterator: the walk just goes on through the current table.
                let raw = match self.heap.get(dict) {
                    Object::Dict(d) => d.raw_len(),
                    _ => 0,
                };
                let mut found = None;
                while pos < raw {
                    if let Object::Dict(d) = self.heap.get(dict) {
                        if let Some(e) = d.raw_entry(pos) {
                            found = Some((e.key, e.value));
                            pos += 1;
                            break;
                        }
                    }
                    pos += 1;
                }
                match found {
                    Some((k, v)) => {
                        let out = match what {
                            0 => k,
                            1 => v,
                            _ => self.new_tuple(vec![k, v]),
                        };
                        (Iter::Dict { dict, pos, what, len_at_start }, Some(out))
                    }
                    None => (Iter::Done, None),
                }
            }
            Iter::Enumerate { inner, count } => {
                self.set_iter(r, Iter::Enumerate { inner, count });
                match self.inner_next(inner)? {
                    Some(v) => {
                        let next_count = match count {
                            Value::Int(c) if c < i64::MAX => Value::Int(c + 1),
                            _ => self.binary_op(crate::syntax::ast::BinOp::Add, count, Value::Int(1))?,
                        };
                        let t = self.new_tuple(vec![count, v]);
                        (Iter::Enumerate { inner, count: next_count }, Some(t))
                    }
                    // An exhausted enumerate/zip/map/filter stays itself (its
                    // type is still `enumerate`, …) and asks its source again
                    // next time, as MicroPython's do.
                    None => (Iter::Enumerate { inner, count }, None),
                }
            }
            Iter::Zip { inners } => {
                self.set_iter(r, Iter::Zip { inners: inners.clone() });
                let mut items = Vec::with_capacity(inners.len());
                for &i in &inners {
                    match self.inner_next(i)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                if inners.is_empty() {
                    (Iter::Zip { inners }, None)
                } else {
                    let t = self.new_tuple(items);
                    (Iter::Zip { inners }, Some(t))
                }
            }
            Iter::Map { func, inners } => {
                self.set_iter(r, Iter::Map { func, inners: inners.clone() });
                let mut args = Vec::with_capacity(inners.len());
                for &i in &inners {
                    match self.inner_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                let v = self.call(func, &args)?;
                (Iter::Map { func, inners }, Some(v))
            }
            Iter::Filter { func, inner } => {
                self.set_iter(r, Iter::Filter { func, inner });
                loop {
                    match self.inner_next(inner)? {
                        Some(v) => {
                            let keep = if func.is_none() {
                                self.truthy(v)?
                            } else {
                                let t = self.call(func, &[v])?;
                                self.truthy(t)?
                            };
                            if keep {
                                break (Iter::Filter { func, inner }, Some(v));
                            }
                        }
                        None => break (Iter::Filter { func, inner }, None),
                    }
                }
            }
            Iter::Reversed { seq, index } => {
                // A sequence that shrank meanwhile: continue from its end.
                let len = match self.heap.get(seq) {
                    Object::List(l) => l.len(),
                    _ => index,
                };
                let index = index.min(len);
                if index == 0 {
                    (Iter::Reversed { seq, index: 0 }, None)
                } else {
                    let v = self.seq_item(Value::Obj(seq), index - 1)?;
                    (Iter::Reversed { seq, index: index - 1 }, Some(v))
                }
            }
            Iter::Callable { func, sentinel } => {
                self.set_iter(r, Iter::Callable { func, sentinel });
                let v = match self.call(func, &[]) {
                    Ok(v) => v,
                    Err(e) if matches!(sentinel, Value::Undef) && self.exc_class_is(e.0, ExcKind::IndexError) => {
                        self.set_iter(r, Iter::Done);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if !matches!(sentinel, Value::Undef) && self.eq(v, sentinel)? {
                    (Iter::Done, None)
                } else {
                    (Iter::Callable { func, sentinel }, Some(v))
                }
            }
            Iter::GetItem { obj, index } => {
                self.set_iter(r, Iter::GetItem { obj, index });
                match self.get_item(obj, Value::Int(index)) {
                    Ok(v) => (Iter::GetItem { obj, index: index + 1 }, Some(v)),
                    Err(e)
                        if self.exc_class_is(e.0, ExcKind::IndexError)
                            || self.exc_class_is(e.0, ExcKind::StopIteration) =>
                    {
                        (Iter::Done, None)
                    }
                    Err(e) => return Err(e),
                }
            }
            Iter::Done => (Iter::Done, None),
        };
        self.finish_next(r, next_state, out)
    }

    /// The next item of an iterator wrapped by `enumerate`, `zip`, `map`,
    /// `filter`: a chain of a million `map`s recurses here.
    fn inner_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        self.check_stack()?;
        self.iter_next_raw(it)
    }

    fn finish_next(&mut self, r: super::heap::ObjRef, state: Iter, out: Option<Value>) -> PyResult<Option<Value>> {
        self.set_iter(r, state);
        Ok(out)
    }

    fn set_iter(&mut self, r: super::heap::ObjRef, state: Iter) {
        if let Object::Iter(i) = self.heap.get_mut(r) {
            *i = state;
        }
    }

    /// Item `i` of a list/tuple/str/bytes by position.
    pub fn seq_item(&mut self, seq: Value, i: usize) -> PyResult<Value> {
        self.get_item(seq, Value::Int(i as i64))
    }

    /// Drain any iterable into a vector.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::List(l) => return Ok(l.clone()),
                Object::Tuple(t) => return Ok(t.to_vec()),
                Object::Range(rg) => {
                    let rg = *rg;
                    self.reserve(rg.len().saturating_mul(16))?;
                    return Ok((0..rg.len()).map(|i| Value::Int(rg.get(i))).collect());
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        self.temp_roots.push(it);
        let mut out = Vec::new();
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    out.push(x);
                    if out.len() % 4096 == 0 && !self.heap.can_grow(out.len() * 16) {
                        break Err(self.memory_error());
                    }
                }
                Ok(None) => break Ok(out),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.pop();
        r
    }

    /// Unpack exactly `n` items (`a, b = x`). A rooted entry
    /// (`roots.rs`): the loop keeps `x` on its stack meanwhile.
    pub(crate) fn unpack(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        let items = self.collect_iter_rooted(v)?;
        if items.len() != n {
            if items.len() > n {
                return Err(self.value_error(format!("too many values to unpack (expected {n})")));
            }
            return Err(self.value_error(format!("need more than {} values to unpack", items.len())));
        }
        Ok(items)
    }

    /// What `await x` delegates to: MicroPython compiles `await x` as
    /// `yield from iter(x)`, so an awaitable is anything iterable (a class
    /// gives `__iter__`; `__await__` is not looked at).
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Object::Generator(_)) = v.as_obj().map(|r| self.heap.get(r)) {
            return Ok(v);
        }
        self.get_iter(v)
    }
}
