//! Turning values into text and truth: `repr`, `str`, `bool` and `hash`.

use super::error::PyResult;
use super::hash::hash_builtin;
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::objects::instance::{BaseData, Special};
use std::fmt::Write;

impl Vm {
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undef => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => !s.as_str().is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::List(l) => !l.is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(s) => !s.items.is_empty(),
                Object::Range(rg) => !rg.is_empty(),
                Object::MemoryView(m) => m.len != 0,
                Object::Array(_) => crate::objects::array::len_of(self, r) != 0,
                Object::BigInt(_) => true,
                Object::Complex(a, b) => *a != 0.0 || *b != 0.0,
                // MicroPython: `__bool__` answers only by returning True;
                // else `__len__` decides; else the object is true.
                Object::Instance(_) | Object::Native(_) => {
                    let bn = self.names.bool_;
                    match self.special_lookup(v, bn) {
                        Some(Special::Method(f)) => return Ok(self.call_special(v, f, &[])?.is(Value::Bool(true))),
                        Some(Special::Base(inner)) => return self.truthy(inner),
                        None => {}
                    }
                    let ln = self.names.len;
                    match self.call_dunder(v, ln, &[])? {
                        Some(n) => return Ok(!n.is(Value::Int(0))),
                        None => true,
                    }
                }
                _ => true,
            },
        })
    }

    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.write_repr(&mut out, v)?;
        Ok(out)
    }

    pub fn str(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Ok(s.as_str().to_string()),
                Object::Instance(inst) => {
                    let class = inst.class;
                    let s = self.names.str_;
                    if let Some(f) = self.lookup_class_attr(class, s) {
                        if !self.is_builtin_native(f) {
                            let r = self.call(f, &[v])?;
                            return self.expect_str(r, "__str__");
                        }
                    }
                    if let Some(e) = self.exc_args(v) {
                        // MicroPython: OSError(2) prints as "[Errno 2] ENOENT".
                        let os_error = self.exc.get(crate::runtime::error::ExcKind::OSError);
                        if self.is_subclass(class, os_error) && (1..=2).contains(&e.len()) {
                            if let Value::Int(n) = e[0] {
                                if let Some(name) = crate::runtime::errno_names::name_of(n) {
                                    let mut s = format!("[Errno {n}] {name}");
                                    if e.len() == 2 {
                                        s.push_str(": ");
                                        s.push_str(&self.str(e[1])?);
                                    }
                                    return Ok(s);
                                }
                            }
                        }
                        return self.exc_str(e);
                    }
                    if let BaseData::Value(inner) = self.instance_base(r) {
                        let rp = self.names.repr;
                        if self.lookup_class_attr(class, rp).map(|f| self.is_builtin_native(f)).unwrap_or(true) {
                            return self.str(inner);
                        }
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    fn instance_base(&self, r: ObjRef) -> BaseData {
        match self.heap.get(r) {
            Object::Instance(i) => match i.base {
                BaseData::Value(v) => BaseData::Value(v),
                _ => BaseData::Object,
            },
            _ => BaseData::Object,
        }
    }

    fn is_builtin_native(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(_)))
    }

    /// What `__str__`/`__repr__` returned, as text: MicroPython prints a
    /// result that is not a str with its own str() instead of refusing it.
    fn expect_str(&mut self, r: Value, what: &str) -> PyResult<String> {
        match self.as_str(r) {
            Some(s) => Ok(s.to_string()),
            None if matches!(r.as_obj().map(|o| self.heap.get(o)), Some(Object::Instance(_))) => {
                // An instance could hand back another without end; refuse it.
                Err(self.type_error(format!("{what} returned non-string")))
            }
            None => self.str(r),
        }
    }

    /// The args tuple of an exception instance.
    pub fn exc_args(&self, v: Value) -> Option<Vec<Value>> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => match i.exc() {
                Some(e) => match e.args.as_obj().map(|a| self.heap.get(a)) {
                    Some(Object::Tuple(t)) => Some(t.to_vec()),
                    _ => Some(vec![]),
                },
                None => None,
            },
            _ => None,
        }
    }

    fn exc_str(&mut self, args: Vec<Value>) -> PyResult<String> {
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str(args[0]),
            _ => {
                let t = self.new_tuple(args);
                self.repr(t)
            }
        }
    }

    fn write_seq(&mut self, out: &mut String, items: &[Value], open: &str, close: &str) -> PyResult<()> {
        out.push_str(open);
        for (i, &it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(out, it)?;
        }
        out.push_str(close);
        Ok(())
    }

    fn write_repr(&mut self, out: &mut String, v: Value) -> PyResult<()> {
        match v {
            Value::None | Value::Undef => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&crate::format::float_text::float_repr(f)),
            Value::Obj(r) => {
                // A container that holds itself has no repr: MicroPython
                // recurses until its stack guard stops it.
                self.check_stack()?;
                match self.heap.get(r) {
                    Object::Str(s) => quote_str(out, s.as_str()),
                    Object::Bytes(b) => quote_bytes(out, b),
                    Object::ByteArray(b) => {
                        out.push_str("bytearray(");
                        quote_bytes(out, b);
                        out.push(')');
                    }
                    Object::BigInt(b) => {
                        let _ = write!(out, "{b}");
                    }
                    Object::Complex(re, im) => out.push_str(&crate::format::float_text::complex_repr(*re, *im)),
                    Object::List(items) => {
                        let items = items.clone();
                        self.write_seq(out, &items, "[", "]")?;
                    }
                    Object::Tuple(items) => {
                        let items = items.to_vec();
                        if items.len() == 1 {
                            out.push('(');
                            self.write_repr(out, items[0])?;
                            out.push_str(",)");
                        } else {
                            self.write_seq(out, &items, "(", ")")?;
                        }
                    }
                    Object::Dict(d) => {
                        let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                        let ordered = d.is_ordered();
                        if ordered {
                            out.push_str("OrderedDict(");
                        }
                        out.push('{');
                        for (i, (k, val)) in entries.into_iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.write_repr(out, k)?;
                            out.push_str(": ");
                            self.write_repr(out, val)?;
                        }
                        out.push('}');
                        if ordered {
                            out.push(')');
                        }
                    }
                    Object::Set(s) => {
                        let frozen = s.frozen;
                        let items = s.items.keys();
                        if items.is_empty() {
                            out.push_str(if frozen { "frozenset()" } else { "set()" });
                        } else {
                            if frozen {
                                out.push_str("frozenset(");
                            }
                            self.write_seq(out, &items, "{", "}")?;
                            if frozen {
                                out.push(')');
                            }
                        }
                    }
                    Object::Range(rg) => {
                        if rg.step == 1 {
                            let _ = write!(out, "range({}, {})", rg.start, rg.stop);
                        } else {
                            let _ = write!(out, "range({}, {}, {})", rg.start, rg.stop, rg.step);
                        }
                    }
                    Object::Slice(sl) => {
                        let (a, b, c) = (sl.start, sl.stop, sl.step);
                        out.push_str("slice(");
                        self.write_repr(out, a)?;
                        out.push_str(", ");
                        self.write_repr(out, b)?;
                        out.push_str(", ");
                        self.write_repr(out, c)?;
                        out.push(')');
                    }
                    Object::Function(f) => {
                        let _ = write!(out, "<function {} at 0x{:x}>", f.code.name, r.0);
                    }
                    // MicroPython's built-in functions print without a name.
                    Object::NativeFunction(_) => out.push_str("<function>"),
                    Object::BoundMethod(m) => {
                        let (f, this) = (m.func, m.this);
                        let _ = write!(out, "<bound_method {:x} ", r.0);
                        self.write_repr(out, this)?;
                        out.push('.');
                        self.write_repr(out, f)?;
                        out.push('>');
                    }
                    Object::Class(c) => {
                        let _ = write!(out, "<class '{}'>", c.name);
                    }
                    Object::Module(m) => {
                        let _ = write!(out, "<module '{}'>", m.name);
                    }
                    Object::Cell(_) => out.push_str("<cell>"),
                    Object::Generator(g) => {
                        let _ = write!(out, "<generator object '{}' at {:x}>", g.code.name, r.0);
                    }
                    Object::Iter(_) => {
                        let _ = write!(out, "<iterator object at {:x}>", r.0);
                    }
                    Object::Property(_) => {
                        let _ = write!(out, "<property at {:x}>", r.0);
                    }
                    Object::StaticMethod(_) => out.push_str("<staticmethod>"),
                    Object::ClassMethod(_) => out.push_str("<classmethod>"),
                    Object::Super { class, obj } => {
                        let (class, obj) = (Value::Obj(*class), *obj);
                        let (c, o) = (self.str(class)?, self.str(obj)?);
                        let _ = write!(out, "<super: {c}, {o}>");
                    }
                    Object::MemoryView(_) => out.push_str("<memoryview>"),
                    Object::Array(_) => {
                        let s = crate::objects::array::repr(self, r)?;
                        out.push_str(&s);
                    }
                    Object::Free => out.push_str("<freed>"),
                    Object::Native(_) | Object::Instance(_) => {
                        let class = self.class_of(v);
                        let rp = self.names.repr;
                        let f = self.lookup_class_attr(class, rp);
                        if let Some(f) = f {
                            if !self.is_object_repr(f) {
                                let res = self.call(f, &[v]);
                                let s = res?;
                                let s = self.expect_str(s, "__repr__")?;
                                out.push_str(&s);
                                return Ok(());
                            }
                        }
                        if v.is(self.ellipsis) {
                            out.push_str("Ellipsis");
                            return Ok(());
                        }
                        if v.is(self.not_implemented) {
                            out.push_str("NotImplemented");
                            return Ok(());
                        }
                        if let Some(args) = self.exc_args(v) {
                            let name = self.class_name(class).to_string();
                            out.push_str(&name);
                            let t = self.new_tuple(args);
                            self.write_repr(out, t)?;
                            return Ok(());
                        }
                        if let BaseData::Value(inner) = self.instance_base(r) {
                            return self.write_repr(out, inner);
                        }
                        if class == self.types.object {
                            // A bare object() has no address in MicroPython's repr.
                            out.push_str("<object>");
                            return Ok(());
                        }
                        let name = self.class_name(class).to_string();
                        let _ = write!(out, "<{name} object at {:x}>", r.0);
                    }
                }
            }
        }
        Ok(())
    }

    fn is_object_repr(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(nf)) if nf.name == "object.__repr__")
    }

    /// `hash(v)`: built-in hashing, or the class's `__hash__`.
    pub fn hash(&mut self, v: Value) -> PyResult<u64> {
        if let Some(h) = hash_builtin(&self.heap, v) {
            return Ok(h);
        }
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                // A tuple holding something unhashable: that item is named.
                // Too deep for `hash_builtin`, or holding an instance; an
                // unhashable item is named in the error.
                Object::Tuple(items) => {
                    let items = items.to_vec();
                    self.check_stack()?;
                    let mut hashes = Vec::with_capacity(items.len());
                    for it in items {
                        hashes.push(self.hash(it)?);
                    }
                    return Ok(super::hash::tuple_hash(hashes));
                }
                Object::Instance(inst) => {
                    let class = inst.class;
                    let hn = self.names.hash;
                    if let Some(f) = self.lookup_class_attr(class, hn) {
                        // `__hash__ = None` is called like any other value.
                        if !self.is_builtin_native(f) {
                            let h = self.call_special(v, f, &[])?;
                            return self.hash_result(h);
                        }
                    }
                    // A class defining __eq__ without __hash__ is unhashable.
                    let eqn = self.names.eq;
                    let user_eq = self.lookup_class_attr(class, eqn).is_some_and(|f| !self.is_builtin_native(f));
                    if !user_eq {
                        if let BaseData::Value(inner) = self.instance_base(r) {
                            return self.hash(inner);
                        }
                        return Ok(super::hash::hash_int(r.0 as i64 * 8));
                    }
                }
                Object::Native(_) => {
                    let hn = self.names.hash;
                    match self.call_dunder(v, hn, &[])? {
                        Some(h) => return self.hash_result(h),
                        None => return Ok(super::hash::hash_int(r.0 as i64 * 8)),
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("unsupported type for __hash__: '{t}'")))
    }

    /// What a user `__hash__` returned, as a hash: any int (a big one keeps
    /// its low bits, as MicroPython does), else the int conversion's error.
    fn hash_result(&mut self, h: Value) -> PyResult<u64> {
        match h {
            Value::Int(i) => Ok(super::hash::hash_int(i)),
            Value::Bool(b) => Ok(b as u64),
            _ => match h.as_obj().map(|x| self.heap.get(x)) {
                Some(Object::BigInt(b)) => Ok(super::hash::hash_bigint(b)),
                _ => {
                    let t = self.type_name(h);
                    Err(self.type_error(format!("can't convert {t} to int")))
                }
            },
        }
    }
}

pub fn quote_str(out: &mut String, s: &str) {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
}

pub fn quote_bytes(out: &mut String, b: &[u8]) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(q);
}
