//! Instances of user classes (and of exception classes, built-in or not).

use super::dict::Dict;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;
use smallvec::SmallVec;
use std::sync::Arc;

pub struct Instance {
    pub class: ObjRef,
    pub dict: Dict,
    pub base: BaseData,
}

pub enum BaseData {
    Object,
    Exception(Box<ExcData>),
    /// The built-in value of an instance of a subclass of a built-in type.
    Value(Value),
}

#[derive(Clone)]
pub struct TbEntry {
    pub file: Arc<str>,
    pub line: u32,
    pub name: Arc<str>,
}

pub struct ExcData {
    /// A tuple.
    pub args: Value,
    /// Innermost call last, as printed.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    /// `StopIteration.value` and friends.
    pub value: Value,
}

impl Instance {
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.class);
        self.dict.trace(out);
        match &self.base {
            BaseData::Object => {}
            BaseData::Exception(e) => {
                for v in [e.args, e.cause, e.context, e.value] {
                    if let Value::Obj(r) = v {
                        out.push(r);
                    }
                }
            }
            BaseData::Value(Value::Obj(r)) => out.push(*r),
            BaseData::Value(_) => {}
        }
    }
    pub fn exc(&self) -> Option<&ExcData> {
        match &self.base {
            BaseData::Exception(e) => Some(e),
            _ => None,
        }
    }
    pub fn exc_mut(&mut self) -> Option<&mut ExcData> {
        match &mut self.base {
            BaseData::Exception(e) => Some(e),
            _ => None,
        }
    }
}

/// What an operator finds for a special method on an instance's class.
pub enum Special {
    /// A method (or any callable) defined by the program, or by a module's
    /// native type.
    Method(Value),
    /// Defined by the built-in base type: the operator applies to the
    /// built-in value the instance wraps.
    Base(Value),
}

impl Vm {
    /// Find the special method `name` for an operator on `obj`, as
    /// MicroPython's class lookup does: along the class's bases, never in
    /// `object` itself.
    pub fn special_lookup(&self, obj: Value, name: Value) -> Option<Special> {
        let class = self.class_of(obj);
        let native = |f: Value| matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(_)));
        // `object`'s methods (all native) are not operators' business.
        let found = self
            .lookup_class_attr(class, name)
            .filter(|&f| !native(f) || !self.namespace_get_class(self.types.object, name).is_some_and(|o| o.is(f)));
        if let Some(Object::Instance(inst)) = obj.as_obj().map(|r| self.heap.get(r)) {
            // A subclass of a built-in type: what the program did not
            // define, the built-in type does, on the value it wraps.
            if let BaseData::Value(inner) = inst.base {
                if found.is_none_or(native) {
                    return Some(Special::Base(inner));
                }
            }
        }
        found.map(Special::Method)
    }

    /// Call what `special_lookup` found on `obj`'s class, bound as a class
    /// attribute binds: functions take `obj` first, static methods don't,
    /// class methods take the class.
    pub fn call_special(&mut self, obj: Value, found: Value, args: &[Value]) -> PyResult<Value> {
        let mut all: SmallVec<[Value; 4]> = SmallVec::new();
        let func = match found.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Function(_)) => {
                all.push(obj);
                found
            }
            Some(Object::NativeFunction(nf)) if nf.is_method => {
                all.push(obj);
                found
            }
            Some(Object::StaticMethod(f)) => *f,
            Some(Object::ClassMethod(f)) => {
                let f = *f;
                all.push(Value::Obj(self.class_of(obj)));
                f
            }
            _ => found,
        };
        all.extend_from_slice(args);
        self.call(func, &all)
    }

    /// `obj.name(*args)` for a special method the program defined: `None`
    /// when there is none (the built-in base's own is not called here).
    pub fn call_dunder(&mut self, obj: Value, name: Value, args: &[Value]) -> PyResult<Option<Value>> {
        match self.special_lookup(obj, name) {
            Some(Special::Method(f)) => self.call_special(obj, f, args).map(Some),
            _ => Ok(None),
        }
    }

    /// `a op b` (or, `reflected`, `b op a` through `__rop__`) for an
    /// instance `a`: `None` when its class does not support it, or returns
    /// NotImplemented.
    pub(crate) fn instance_binary(
        &mut self,
        op: BinOp,
        name: Value,
        a: Value,
        b: Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        match self.special_lookup(a, name) {
            Some(Special::Method(f)) => {
                let v = self.call_special(a, f, &[b])?;
                Ok(if v.is(self.not_implemented) { None } else { Some(v) })
            }
            // The built-in value takes over; built-in types have no
            // reflected operators.
            Some(Special::Base(inner)) if !reflected => self.binary_op(op, inner, b).map(Some),
            _ => Ok(None),
        }
    }
}

// ----- attributes, in MicroPython's order -----

impl Vm {
    /// Whether a class namespace entry makes attribute stores and deletes
    /// on instances look at the class first: a property, a descriptor, or
    /// `__setattr__`/`__delattr__` themselves.
    pub fn is_special_accessor(&self, key: Value, value: Value) -> bool {
        let native = matches!(value.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(_)));
        // `object`'s own `__setattr__` is the plain store.
        if !native && matches!(self.str_of(key), "__setattr__" | "__delattr__") {
            return true;
        }
        match value.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Property(_)) => true,
            Some(Object::Instance(_)) => {
                let n = &self.names;
                [n.get, n.set, n.delete].into_iter().any(|m| self.special_lookup(value, m).is_some())
            }
            _ => false,
        }
    }

    fn has_special_accessors(&self, class: ObjRef) -> bool {
        matches!(self.heap.get(class), Object::Class(c) if c.has_special_accessors)
    }

    /// `obj.name` for an instance: its own dict first (always, as in
    /// MicroPython, even over a property), then the class (properties and
    /// descriptors answer for themselves), then `__getattr__`.
    pub(crate) fn instance_get_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(r) = obj.as_obj() else { return Ok(None) };
        let Object::Instance(inst) = self.heap.get(r) else { return Ok(None) };
        let class = inst.class;
        if let Some(v) = inst.dict.get(&self.heap, self.str_hash(name), name) {
            return Ok(Some(v));
        }
        if let Some(found) = self.lookup_class_attr(class, name) {
            return self.bind_found(found, obj, class).map(Some);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        // These are never delegated to `__getattr__`.
        if matches!(
            self.str_of(name),
            "__getattr__" | "__get__" | "__set__" | "__delete__" | "__set_name__" | "__setattr__" | "__delattr__"
        ) {
            return Ok(None);
        }
        let ga = self.names.getattr;
        match self.special_lookup(obj, ga) {
            Some(Special::Method(g)) => self.call_special(obj, g, &[name]).map(Some),
            _ => Ok(None),
        }
    }

    /// `obj.name = v` (`v` None: `del obj.name`) through a property, a
    /// descriptor or `__setattr__`/`__delattr__`; false when none of them
    /// takes it.
    fn instance_store_special(&mut self, obj: Value, name: Value, v: Option<Value>) -> PyResult<bool> {
        let class = self.class_of(obj);
        if !self.has_special_accessors(class) {
            return Ok(false);
        }
        if let Some(found) = self.lookup_class_attr(class, name) {
            match found.as_obj().map(|f| self.heap.get(f)) {
                Some(Object::Property(p)) => {
                    let f = if v.is_some() { p.fset } else { p.fdel };
                    if f.is_none() {
                        return Err(self.no_attr(obj, name));
                    }
                    match v {
                        Some(v) => self.call(f, &[obj, v])?,
                        None => self.call(f, &[obj])?,
                    };
                    return Ok(true);
                }
                Some(Object::Instance(_)) => {
                    let (m, args) = match v {
                        Some(v) => (self.names.set, vec![obj, v]),
                        None => (self.names.delete, vec![obj]),
                    };
                    if let Some(r) = self.call_dunder(found, m, &args)? {
                        let _ = r;
                        return Ok(true);
                    }
                }
                _ => {}
            }
        }
        let (m, args) = match v {
            Some(v) => (self.names.setattr, vec![name, v]),
            None => (self.names.delattr, vec![name]),
        };
        Ok(self.call_dunder(obj, m, &args)?.is_some())
    }

    pub(crate) fn instance_set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if self.instance_store_special(obj, name, Some(v))? {
            return Ok(());
        }
        // A bare object() or a built-in exception has no attribute dict
        // (MicroPython lets `exc.__traceback__ = None` through, and ignores it).
        let class = self.class_of(obj);
        if !matches!(self.heap.get(class), Object::Class(c) if c.is_user) {
            if self.str_of(name) == "__traceback__" && v.is_none() {
                return Ok(());
            }
            return Err(self.no_attr(obj, name));
        }
        self.instance_dict_set(obj, name, v);
        Ok(())
    }

    pub(crate) fn instance_del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if self.instance_store_special(obj, name, None)? {
            return Ok(());
        }
        if self.instance_dict_remove(obj, name) {
            Ok(())
        } else {
            Err(self.no_attr(obj, name))
        }
    }

    /// Straight into the instance's dict (`object.__setattr__`).
    pub fn instance_dict_set(&mut self, obj: Value, name: Value, v: Value) {
        let Some(r) = obj.as_obj() else { return };
        let h = self.str_hash(name);
        let found = match self.heap.get(r) {
            Object::Instance(inst) => inst.dict.find(&self.heap, h, name),
            _ => return,
        };
        if let Object::Instance(inst) = self.heap.get_mut(r) {
            inst.dict.insert_found(found, h, name, v);
        }
    }

    /// Out of the instance's dict (`object.__delattr__`): false if absent.
    pub fn instance_dict_remove(&mut self, obj: Value, name: Value) -> bool {
        let Some(r) = obj.as_obj() else { return false };
        let h = self.str_hash(name);
        let found = match self.heap.get(r) {
            Object::Instance(inst) => inst.dict.find(&self.heap, h, name),
            _ => None,
        };
        match (found, self.heap.get_mut(r)) {
            (Some(i), Object::Instance(inst)) => {
                inst.dict.remove_at(i);
                true
            }
            _ => false,
        }
    }
}
