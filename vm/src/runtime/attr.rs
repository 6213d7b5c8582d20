//! Attribute access: instance dicts, class MRO lookup, properties,
//! static/class methods, `__getattr__`, and the method-call fast path that
//! avoids allocating a bound method.

use super::error::{ExcKind, PyResult};
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::objects::function::BoundMethod;
use crate::objects::instance::{BaseData, Special};
use std::sync::atomic::{AtomicU32, Ordering};

impl Vm {
    #[inline]
    pub fn str_hash(&self, name: Value) -> u64 {
        match name {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => s.hash(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// `obj.name` for an instance whose dict has it: an instance's own
    /// attributes come first in MicroPython, whatever its class holds.
    /// `hint` is the call site's remembered dict position for `name`
    /// (see `Code::attr_hints`); it is updated on a hashed hit.
    #[inline]
    pub fn instance_attr_fast(&self, obj: Value, name: Value, hint: &AtomicU32) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Object::Instance(inst) = self.heap.get(r) else { return None };
        if inst.dict.is_empty() {
            return None;
        }
        if let Some(v) = inst.dict.value_at_if_key(hint.load(Ordering::Relaxed) as usize, name) {
            return Some(v);
        }
        let i = inst.dict.find(&self.heap, self.str_hash(name), name)?;
        hint.store(i as u32, Ordering::Relaxed);
        inst.dict.entry_at(i).map(|(_, v)| v)
    }

    /// `obj.name = v` for an instance whose class has no properties,
    /// descriptors or `__setattr__`: straight into its dict. False when that does not apply.
    /// `hint` as for `instance_attr_fast`.
    #[inline]
    pub fn instance_set_fast(&mut self, obj: Value, name: Value, v: Value, hint: &AtomicU32) -> bool {
        let Value::Obj(r) = obj else { return false };
        let Object::Instance(inst) = self.heap.get(r) else { return false };
        let class = inst.class;
        match self.heap.get(class) {
            // A bare object() or built-in exception takes no attributes:
            // the slow path refuses.
            Object::Class(c) if c.is_user && !c.has_special_accessors => {}
            _ => return false,
        }
        if let Object::Instance(inst) = self.heap.get_mut(r) {
            if inst.dict.set_value_at_if_key(hint.load(Ordering::Relaxed) as usize, name, v) {
                return true;
            }
        }
        let h = self.str_hash(name);
        let found = match self.heap.get(r) {
            Object::Instance(inst) => inst.dict.find(&self.heap, h, name),
            _ => return false,
        };
        if let Object::Instance(inst) = self.heap.get_mut(r) {
            let at = found.unwrap_or(inst.dict.raw_len());
            inst.dict.insert_found(found, h, name, v);
            hint.store(at as u32, Ordering::Relaxed);
        }
        true
    }

    /// Look `name` up along the MRO of `class`.
    pub fn lookup_class_attr(&self, class: ObjRef, name: Value) -> Option<Value> {
        let Value::Obj(name_ref) = name else { return None };
        if let Some(cached) = self.lookups.get(class, name_ref) {
            return cached;
        }
        let found = self.lookup_class_attr_uncached(class, name);
        self.lookups.put(class, name_ref, found);
        found
    }

    fn lookup_class_attr_uncached(&self, class: ObjRef, name: Value) -> Option<Value> {
        let h = self.str_hash(name);
        let Object::Class(c) = self.heap.get(class) else {
            return None;
        };
        for &k in &c.mro {
            if let Object::Class(kc) = self.heap.get(k) {
                if let Some(v) = kc.dict.get(&self.heap, h, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// A name in a dict object (module globals, class namespace).
    pub fn namespace_get(&self, dict: ObjRef, name: Value) -> Option<Value> {
        let h = self.str_hash(name);
        match self.heap.get(dict) {
            Object::Dict(d) => d.get(&self.heap, h, name),
            Object::Module(m) => match self.heap.get(m.dict) {
                Object::Dict(d) => d.get(&self.heap, h, name),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn namespace_delete(&mut self, dict: ObjRef, name: Value) -> PyResult<()> {
        let h = self.str_hash(name);
        let found = match self.heap.get(dict) {
            Object::Dict(d) => d.find(&self.heap, h, name),
            _ => None,
        };
        match (found, self.heap.get_mut(dict)) {
            (Some(i), Object::Dict(d)) => {
                d.remove_at(i);
                Ok(())
            }
            // MicroPython deletes a global or class-body name from its dict,
            // so a missing one is the dict's KeyError, not a NameError.
            _ => Err(self.key_error(name)),
        }
    }

    #[inline]
    pub fn load_global(&mut self, globals: ObjRef, name: Value) -> PyResult<Value> {
        if let Some(v) = self.namespace_get(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.namespace_get(self.builtins, name) {
            return Ok(v);
        }
        let n = self.str_of(name).to_string();
        Err(self.err(ExcKind::NameError, format!("name '{n}' isn't defined")))
    }

    /// Bind what was found on a class to the object it was looked up on.
    pub(crate) fn bind_found(&mut self, found: Value, obj: Value, class: ObjRef) -> PyResult<Value> {
        let Value::Obj(r) = found else { return Ok(found) };
        match self.heap.get(r) {
            Object::Function(_) => Ok(self.alloc(Object::BoundMethod(BoundMethod { func: found, this: obj }))),
            Object::NativeFunction(nf) if nf.is_method => {
                Ok(self.alloc(Object::BoundMethod(BoundMethod { func: found, this: obj })))
            }
            Object::StaticMethod(f) => Ok(*f),
            Object::ClassMethod(f) => {
                let f = *f;
                Ok(self.alloc(Object::BoundMethod(BoundMethod { func: f, this: Value::Obj(class) })))
            }
            Object::Property(p) => {
                let fget = p.fget;
                if fget.is_none() {
                    return Err(self.attr_error("unreadable attribute"));
                }
                self.call(fget, &[obj])
            }
            // A descriptor: its `__get__` answers.
            Object::Instance(_) => {
                let get = self.names.get;
                match self.special_lookup(found, get) {
                    Some(Special::Method(g)) => self.call_special(found, g, &[obj, Value::Obj(class)]),
                    _ => Ok(found),
                }
            }
            _ => Ok(found),
        }
    }

    pub fn has_attr(&mut self, obj: Value, name: Value) -> bool {
        self.get_attr(obj, name).is_ok()
    }

    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                // Reading a module's missing name names the module.
                if let Some(Object::Module(m)) = obj.as_obj().map(|r| self.heap.get(r)) {
                    let msg = format!("module '{}' has no attribute '{}'", m.name, self.str_of(name));
                    return Err(self.attr_error(msg));
                }
                Err(self.no_attr(obj, name))
            }
        }
    }

    pub fn no_attr(&mut self, obj: Value, name: Value) -> super::error::Exc {
        let n = self.str_of(name).to_string();
        match obj.as_obj().map(|r| self.heap.get(r)) {
            // MicroPython's wording names the type, not the module.
            Some(Object::Module(_)) => self.attr_error(format!("'module' object has no attribute '{n}'")),
            Some(Object::Class(c)) => {
                let cn = c.name.clone();
                self.attr_error(format!("type object '{cn}' has no attribute '{n}'"))
            }
            _ => {
                let t = self.type_name(obj);
                self.attr_error(format!("'{t}' object has no attribute '{n}'"))
            }
        }
    }

    /// Attribute lookup that reports absence as `None` instead of raising.
    pub fn get_attr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Instance(_) => return self.instance_get_attr(obj, name),
                Object::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = self.namespace_get(d, name) {
                        return Ok(Some(v));
                    }
                    if self.str_of(name) == "__dict__" {
                        return Ok(Some(Value::Obj(d)));
                    }
                    return Ok(None);
                }
                Object::Class(_) => {
                    if let Some(found) = self.lookup_class_attr(r, name) {
                        // A class without its own `__new__` shows none: object's
                        // is reachable only as `object.__new__`.
                        if r != self.types.object
                            && name.is(self.names.new)
                            && crate::objects::object::is_object_new(self, self.unwrap_static(found))
                        {
                            return self.special_attr(obj, name);
                        }
                        let v = match found.as_obj().map(|f| self.heap.get(f)) {
                            Some(Object::StaticMethod(f)) => *f,
                            Some(Object::ClassMethod(f)) => {
                                let f = *f;
                                self.alloc(Object::BoundMethod(BoundMethod { func: f, this: obj }))
                            }
                            _ => found,
                        };
                        return Ok(Some(v));
                    }
                    return self.special_attr(obj, name);
                }
                Object::Super { class, obj: this } => {
                    let (class, this) = (*class, *this);
                    return self.super_attr(class, this, name);
                }
                _ => {}
            }
        }
        let class = self.class_of(obj);
        if let Some(found) = self.lookup_class_attr(class, name) {
            return self.bind_found(found, obj, class).map(Some);
        }
        self.special_attr(obj, name)
    }

    /// `super(class, this).name`: looked up in `class`'s bases (depth first,
    /// then `object`, as MicroPython does), bound to `this`.
    fn super_attr(&mut self, class: ObjRef, this: Value, name: Value) -> PyResult<Option<Value>> {
        let bind_class = match this.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(_)) if !self.is_instance_of(this, class) => this.as_obj().expect("class"),
            _ => self.class_of(this),
        };
        let mro = match self.heap.get(class) {
            Object::Class(c) => c.mro.clone(),
            _ => vec![],
        };
        let h = self.str_hash(name);
        for &k in mro.iter().skip(1) {
            let found = match self.heap.get(k) {
                Object::Class(kc) => kc.dict.get(&self.heap, h, name),
                _ => None,
            };
            if let Some(f) = found {
                // MicroPython's super() hands a property back unread.
                if matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::Property(_))) {
                    return Ok(Some(f));
                }
                return self.bind_found(f, this, bind_class).map(Some);
            }
        }
        Ok(None)
    }

    /// `obj.name` for a call: `(method, self)` without allocating a bound
    /// method when possible, else `(Undef, callable)`.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        let class = self.class_of(obj);
        let is_plain = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(inst) => {
                    inst.dict.is_empty() || {
                        let h = self.str_hash(name);
                        inst.dict.get(&self.heap, h, name).is_none()
                    }
                }
                Object::Module(_) | Object::Class(_) | Object::Super { .. } => false,
                _ => true,
            },
            _ => true,
        };
        if is_plain {
            if let Some(found) = self.lookup_class_attr(class, name) {
                match found.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Function(_)) => return Ok((found, obj)),
                    Some(Object::NativeFunction(nf)) if nf.is_method => return Ok((found, obj)),
                    _ => {}
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((Value::Undef, v))
    }

    pub fn set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Instance(_) => return self.instance_set_attr(obj, name, v),
                Object::Class(c) => {
                    if !c.is_user {
                        let cn = c.name.clone();
                        return Err(self.type_error(format!("can't set attributes of built-in type '{cn}'")));
                    }
                    self.dict_set_str_key(r, name, v);
                    return Ok(());
                }
                Object::Module(m) => {
                    let d = m.dict;
                    if matches!(self.heap.get(d), Object::Dict(dd) if dd.fixed) {
                        return Err(self.no_attr(obj, name));
                    }
                    self.dict_set_str_key(d, name, v);
                    return Ok(());
                }
                Object::Function(f) => {
                    // MicroPython has no attributes on functions. A closure
                    // forwards a store to its function's lookup, which finds
                    // nothing and so reports success: the value is dropped.
                    if !f.closure.is_empty() {
                        return Ok(());
                    }
                    let t = self.type_name(obj);
                    let n = self.str_of(name).to_string();
                    return Err(self.attr_error(format!("'{t}' object has no attribute '{n}'")));
                }
                Object::Native(_) => {
                    let class = self.class_of(obj);
                    if let Some(found) = self.lookup_class_attr(class, name) {
                        if let Some(Object::Property(p)) = found.as_obj().map(|f| self.heap.get(f)) {
                            let fset = p.fset;
                            if !fset.is_none() {
                                self.call(fset, &[obj, v])?;
                                return Ok(());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let t = self.type_name(obj);
        let n = self.str_of(name).to_string();
        Err(self.attr_error(format!("'{t}' object has no attribute '{n}'")))
    }

    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let h = self.str_hash(name);
        if let Value::Obj(r) = obj {
            let found = match self.heap.get(r) {
                Object::Instance(_) => return self.instance_del_attr(obj, name),
                Object::Class(c) if c.is_user => c.dict.find(&self.heap, h, name),
                Object::Module(m) => {
                    let d = m.dict;
                    if matches!(self.heap.get(d), Object::Dict(dd) if dd.fixed) {
                        return Err(self.no_attr(obj, name));
                    }
                    return match self.namespace_delete(d, name) {
                        Ok(()) => Ok(()),
                        Err(_) => Err(self.no_attr(obj, name)),
                    };
                }
                _ => None,
            };
            if let Some(i) = found {
                match self.heap.get_mut(r) {
                    Object::Instance(inst) => {
                        inst.dict.remove_at(i);
                    }
                    Object::Class(c) => {
                        c.dict.remove_at(i);
                        self.lookups.invalidate();
                    }
                    _ => {}
                }
                return Ok(());
            }
            if matches!(self.heap.get(r), Object::Class(_)) {
                // Deleting from a class names the type's type, as MicroPython does.
                let n = self.str_of(name).to_string();
                return Err(self.attr_error(format!("'type' object has no attribute '{n}'")));
            }
        }
        Err(self.no_attr(obj, name))
    }

    /// Attributes every object of a kind has that are not in its class dict.
    pub(crate) fn special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = self.str_of(name).to_string();
        let n = n.as_str();
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.class_of(obj))));
        }
        // MicroPython's ints and floats have no `real`, `imag`,
        // `numerator` or `denominator`.
        let Value::Obj(r) = obj else { return Ok(None) };
        let v = match self.heap.get(r) {
            Object::Class(c) => match n {
                "__name__" | "__qualname__" => {
                    let s = c.name.clone();
                    Some(self.new_str(s))
                }
                "__bases__" => {
                    let b: Vec<Value> = c.bases.iter().map(|&x| Value::Obj(x)).collect();
                    Some(self.new_tuple(b))
                }
                "__dict__" => {
                    // A copy, read-only as on a board.
                    let mut d = c.dict.clone();
                    d.fixed = true;
                    Some(self.new_dict(d))
                }
                _ => None,
            },
            Object::Instance(inst) => match (&inst.base, n) {
                (_, "__dict__") => {
                    // A copy, read-only as on a board.
                    let mut d = inst.dict.clone();
                    d.fixed = true;
                    Some(self.new_dict(d))
                }
                (BaseData::Exception(e), "args") => Some(e.args),
                (BaseData::Exception(e), "value") => {
                    let args = e.args;
                    match args.as_obj().map(|a| self.heap.get(a)) {
                        Some(Object::Tuple(t)) if !t.is_empty() => Some(t[0]),
                        _ => Some(Value::None),
                    }
                }
                (BaseData::Exception(e), "errno") => match e.args.as_obj().map(|a| self.heap.get(a)) {
                    Some(Object::Tuple(t)) if !t.is_empty() => Some(t[0]),
                    _ => Some(Value::None),
                },
                _ => None,
            },
            Object::Function(f) => match n {
                "__name__" => {
                    let s = f.code.name.to_string();
                    Some(self.new_str(s))
                }
                "__qualname__" => {
                    let s = f.code.qualname.to_string();
                    Some(self.new_str(s))
                }
                "__module__" => {
                    let g = f.globals;
                    let k = self.names.name;
                    self.namespace_get(g, k)
                }
                "__doc__" => Some(Value::None),
                "__globals__" => Some(Value::Obj(f.globals)),
                _ => None,
            },
            // MicroPython's built-in functions carry no attributes at all.
            Object::NativeFunction(_) => None,
            // A bound method's attributes are its function's (MicroPython
            // has no __self__ or __func__).
            Object::BoundMethod(m) => {
                let f = m.func;
                return self.get_attr_opt(f, name);
            }
            Object::MemoryView(_) if n == "itemsize" => {
                Some(Value::Int(crate::objects::memoryview::item_size(self, r) as i64))
            }
            Object::Complex(re, im) => match n {
                "real" => Some(Value::Float(*re)),
                "imag" => Some(Value::Float(*im)),
                _ => None,
            },
            Object::Module(m) => match n {
                "__name__" => {
                    let s = m.name.clone();
                    Some(self.new_str(s))
                }
                _ => None,
            },
            Object::Range(rg) => match n {
                "start" => Some(Value::Int(rg.start)),
                "stop" => Some(Value::Int(rg.stop)),
                "step" => Some(Value::Int(rg.step)),
                _ => None,
            },
            Object::Slice(sl) => match n {
                "start" => Some(sl.start),
                "stop" => Some(sl.stop),
                "step" => Some(sl.step),
                _ => None,
            },
            Object::Property(p) => match n {
                "fget" => Some(p.fget),
                "fset" => Some(p.fset),
                "fdel" => Some(p.fdel),
                _ => None,
            },
            _ => None,
        };
        Ok(v)
    }
}
