//! Classes: user classes and the built-in types alike. Attribute lookup walks
//! `mro`, each class's own namespace being `dict`.

use super::dict::Dict;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;

/// The built-in type whose storage instances of a class carry: a user class
/// deriving from `list` holds a real list beside its attribute dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    /// Instances of subclasses of int, str, list, dict, tuple, … keep the
    /// built-in value in `BaseData::Value`.
    Builtin,
}

pub struct Class {
    pub name: String,
    pub bases: Vec<ObjRef>,
    /// This class first, then its bases in C3 order.
    pub mro: Vec<ObjRef>,
    pub dict: Dict,
    pub layout: Layout,
    /// For built-in types and their subclasses: the built-in type at the root
    /// (the `list` type for a `list` subclass).
    pub builtin_base: Option<ObjRef>,
    /// Whether this class was created by a program (`class X:`), so its
    /// namespace can change.
    pub is_user: bool,
    /// Whether any class in the MRO defines a property, a descriptor (an
    /// object with `__get__`, `__set__` or `__delete__`), `__setattr__` or
    /// `__delattr__`: when not, `obj.x = v` goes straight to the instance
    /// dict (MicroPython's MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS).
    pub has_special_accessors: bool,
}

impl Class {
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.bases.iter().copied());
        out.extend(self.mro.iter().copied());
        if let Some(b) = self.builtin_base {
            out.push(b);
        }
        self.dict.trace(out);
    }
    pub fn payload_bytes(&self) -> usize {
        self.dict.payload_bytes() + self.mro.len() * 4
    }
    pub fn own(&self, heap: &crate::runtime::heap::Heap, name: Value, hash: u64) -> Option<Value> {
        self.dict.get(heap, hash, name)
    }
}
