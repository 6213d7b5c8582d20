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
        let found = self
            .lookup_class_attr(class, name)
            .filter(|&f| !self.namespace_get_class(self.types.object, name).is_some_and(|o| o.is(f)));
        let native = |f: Value| matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(_)));
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
