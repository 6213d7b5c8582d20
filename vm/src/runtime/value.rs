//! The value every stack slot, local, list item and dict entry holds: small
//! and `Copy`. Ints that fit in i64 and floats live inline; everything else is
//! a handle into the heap (see `heap.rs`).

use super::heap::ObjRef;

// A full-word tag: every variant is then two clean machine words, so a
// `Value` (or `Option<Value>`) moves as two 8-byte copies instead of
// byte-wise copies of the padding after a 1-byte tag, which stalled store
// forwarding in the arithmetic ops.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(u64)]
pub enum Value {
    /// An unbound local or an empty dict slot; never visible to programs.
    Undef,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }
    /// Identity, as `is` sees it.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::None, Value::None) => true,
            (Value::Undef, Value::Undef) => true,
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}
