//! Hashing and equality for dict keys and set members, following Python's
//! rule that equal values hash equal (`1`, `1.0` and `True` are one key).
//!
//! The hashes are MicroPython's, as its 32-bit ports (and the oracle, the
//! wasm build) compute them: `hash()` prints what a board prints, and dicts
//! and sets, which place keys by `hash % size` (see `objects/dict.rs`),
//! iterate in a board's order. A hash is a small int there: 31 bits, sign
//! extended; it is kept here as that value's 64-bit two's complement.

use super::heap::Heap;
use super::object::Object;
use super::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Spread a hash over all 64 bits for a hashbrown index (MicroPython's
/// hashes are small and regular).
#[inline]
pub fn mix(h: u64) -> u64 {
    (h ^ (h >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (h >> 32)
}

/// A machine word made a small int: the top bit of 32 is lost.
#[inline]
fn small(word: u32) -> u64 {
    (((word << 1) as i32) >> 1) as i64 as u64
}

/// An int's hash: the low 32 bits of its magnitude, negated for a negative
/// number (`mpz_hash`; the same as the value itself for small ints).
#[inline]
pub fn hash_int(i: i64) -> u64 {
    let low = i.unsigned_abs() as u32;
    small(if i < 0 { low.wrapping_neg() } else { low })
}

pub fn hash_bigint(b: &BigInt) -> u64 {
    let low = (b.abs() & BigInt::from(u32::MAX)).to_u32().unwrap_or(0);
    small(if b.is_negative() { low.wrapping_neg() } else { low })
}

/// A float's hash is its integer part, saturated to 32 bits (the wasm
/// build has no high-quality float hash): `hash(1.5) == 1`.
pub fn hash_float(f: f64) -> u64 {
    small(f as i32 as u32)
}

/// djb2 kept to 16 bits, never 0 (`qstr_compute_hash`): str and bytes.
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u32 = 5381;
    for &c in b {
        h = (h << 5).wrapping_add(h) ^ c as u32;
    }
    match h & 0xffff {
        0 => 1,
        h => h as u64,
    }
}

pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// Where the oracle keeps the objects some hashes start from (addresses in
/// its memory, read with `hash(())` and `hash(frozenset())`).
const EMPTY_TUPLE_ADDRESS: u32 = 99184;
const FROZENSET_TYPE_ADDRESS: u32 = 97540;
const NONE_HASH: u64 = 6;

/// Tuples nested deeper than this are hashed by the VM, level by level
/// under its recursion guard (`Vm::hash`), so a hash never recurses far
/// here and a million-deep tuple costs linear time.
const TUPLE_DEPTH: u32 = 32;

/// Hash of a built-in value, or `None` when the value needs the VM (an
/// instance with `__hash__`, a deeply nested tuple) or is unhashable (the
/// VM decides which).
pub fn hash_builtin(heap: &Heap, v: Value) -> Option<u64> {
    hash_nested(heap, v, TUPLE_DEPTH)
}

/// A tuple's hash from its items' hashes.
pub fn tuple_hash(items: impl IntoIterator<Item = u64>) -> u64 {
    small(items.into_iter().fold(EMPTY_TUPLE_ADDRESS, |h, i| h.wrapping_add(i as u32)))
}

fn hash_nested(heap: &Heap, v: Value, depth: u32) -> Option<u64> {
    Some(match v {
        Value::None => NONE_HASH,
        Value::Bool(b) => b as u64,
        Value::Int(i) => hash_int(i),
        Value::Float(f) => hash_float(f),
        Value::Undef => 0,
        Value::Obj(r) => match heap.get(r) {
            Object::Str(s) => s.hash(),
            Object::Bytes(b) => hash_bytes(b),
            Object::BigInt(b) => hash_bigint(b),
            Object::Complex(re, im) => small((hash_float(*re) ^ hash_float(*im)) as u32),
            Object::Tuple(items) => {
                let depth = depth.checked_sub(1)?;
                let mut h = EMPTY_TUPLE_ADDRESS;
                for &it in items.iter() {
                    h = h.wrapping_add(hash_nested(heap, it, depth)? as u32);
                }
                small(h)
            }
            // Bound methods of one function on one object are equal.
            Object::BoundMethod(m) => {
                let id = |v: Value| match v {
                    Value::Obj(o) => o.0,
                    other => hash_nested(heap, other, depth).unwrap_or(0) as u32,
                };
                small(id(m.func).wrapping_mul(8).wrapping_add(id(m.this).wrapping_mul(24)))
            }
            Object::Set(s) if s.frozen => {
                let mut h = FROZENSET_TYPE_ADDRESS;
                for e in s.items.iter() {
                    h = h.wrapping_add(e.hash as u32);
                }
                small(h)
            }
            Object::Instance(_)
            | Object::Native(_)
            | Object::List(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::ByteArray(_)
            // A board's array and memoryview share bytearray's operators,
            // which hash nothing.
            | Object::Array(_)
            | Object::MemoryView(_)
            | Object::Slice(_) => return None,
            _ => small(r.0.wrapping_mul(8)),
        },
    })
}

/// Structural equality of built-in values. Instances compare by identity
/// here; the VM handles user `__eq__` before reaching this.
///
/// It recurses through nested tuples and frozensets, and cannot raise:
/// only keys nested deeper than the whole thread stack holds (far past
/// what the heap limit lets a program build) compare unequal rather than
/// overflow it.
pub fn keys_equal(heap: &Heap, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (x as f64) == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => x as i64 == y,
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => (x as i64 as f64) == y,
        (Value::None, Value::None) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            if x == y {
                return true;
            }
            match (heap.get(x), heap.get(y)) {
                (Object::Tuple(_) | Object::List(_) | Object::Set(_), _) if super::resource::stack_nearly_gone() => {
                    false
                }
                (Object::Str(p), Object::Str(q)) => p.as_str() == q.as_str(),
                (Object::Bytes(p), Object::Bytes(q)) => p == q,
                (Object::Bytes(p), Object::ByteArray(q)) | (Object::ByteArray(q), Object::Bytes(p)) => p == q,
                (Object::ByteArray(p), Object::ByteArray(q)) => p == q,
                (Object::BigInt(p), Object::BigInt(q)) => p == q,
                (Object::Complex(a1, b1), Object::Complex(a2, b2)) => a1 == a2 && b1 == b2,
                (Object::Complex(re, im), Object::BigInt(b)) | (Object::BigInt(b), Object::Complex(re, im)) => {
                    *im == 0.0 && crate::objects::int::big_to_float(b) == *re
                }
                (Object::Tuple(p), Object::Tuple(q)) => {
                    p.len() == q.len() && p.iter().zip(q.iter()).all(|(&u, &v)| u.is(v) || keys_equal(heap, u, v))
                }
                (Object::List(p), Object::List(q)) => {
                    p.len() == q.len() && p.iter().zip(q.iter()).all(|(&u, &v)| u.is(v) || keys_equal(heap, u, v))
                }
                (Object::Set(p), Object::Set(q)) => {
                    p.items.len() == q.items.len()
                        && p.items.iter().all(|e| q.items.find(heap, e.hash, e.key).is_some())
                }
                // (A board compares ranges by identity only.)
                (Object::BoundMethod(m1), Object::BoundMethod(m2)) => m1.func.is(m2.func) && m1.this.is(m2.this),
                _ => false,
            }
        }
        (Value::Obj(x), other) | (other, Value::Obj(x)) => match heap.get(x) {
            // A board compares a big int with a float as the float it
            // converts to (so `10**23 == 1e23` holds).
            Object::BigInt(b) => match other {
                Value::Float(f) => crate::objects::int::big_to_float(b) == f,
                _ => false,
            },
            Object::Complex(re, im) => *im == 0.0 && keys_equal(heap, Value::Float(*re), other),
            _ => false,
        },
        _ => false,
    }
}
