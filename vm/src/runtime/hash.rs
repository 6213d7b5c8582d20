//! Hashing and equality for dict keys and set members, following Python's
//! rule that equal values hash equal (`1`, `1.0` and `True` are one key).

use super::heap::Heap;
use super::object::Object;
use super::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Python's numeric hash modulus (2**61 - 1).
const MODULUS: u64 = (1 << 61) - 1;

/// Spread a Python hash over all 64 bits for the table (small ints would
/// otherwise share hashbrown's control bits).
#[inline]
pub fn mix(h: u64) -> u64 {
    (h ^ (h >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (h >> 32)
}

#[inline]
pub fn hash_int(i: i64) -> u64 {
    let h = if i >= 0 {
        (i as u64) % MODULUS
    } else {
        let m = (i.unsigned_abs() % MODULUS) as i64;
        (-m) as u64
    };
    if h == u64::MAX {
        (-2i64) as u64
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> u64 {
    if let Some(i) = b.to_i64() {
        return hash_int(i);
    }
    let m = BigInt::from(MODULUS);
    let r: BigInt = b % &m;
    hash_int(r.to_i64().unwrap_or(0))
}

pub fn hash_float(f: f64) -> u64 {
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(f as i64);
    }
    if f.is_finite() && f.fract() == 0.0 {
        // Equal to a big int, so hashed as that int.
        return hash_bigint(&crate::objects::int::float_to_big(f));
    }
    if f.is_nan() {
        return 0;
    }
    f.to_bits().wrapping_mul(0x2545_F491_4F6C_DD1D)
}

pub fn hash_bytes(b: &[u8]) -> u64 {
    // FNV-1a: short keys dominate (attribute and variable names).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h & 0x7fff_ffff_ffff_ffff
}

pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// Hash of a built-in value, or `None` when the value needs the VM (an
/// instance with `__hash__`) or is unhashable (the VM decides which).
pub fn hash_builtin(heap: &Heap, v: Value) -> Option<u64> {
    Some(match v {
        Value::None => 0x5bd1_e995,
        Value::Bool(b) => b as u64,
        Value::Int(i) => hash_int(i),
        Value::Float(f) => hash_float(f),
        Value::Undef => 0,
        Value::Obj(r) => match heap.get(r) {
            Object::Str(s) => s.hash(),
            Object::Bytes(b) => hash_bytes(b),
            Object::BigInt(b) => hash_bigint(b),
            Object::Complex(re, im) => {
                if *im == 0.0 {
                    hash_float(*re)
                } else {
                    hash_float(*re) ^ hash_float(*im).wrapping_mul(1_000_003)
                }
            }
            Object::Tuple(items) => {
                let mut h: u64 = 0x345678;
                for &it in items.iter() {
                    let ih = hash_builtin(heap, it)?;
                    h = (h ^ ih).wrapping_mul(1_000_003);
                }
                h & 0x7fff_ffff_ffff_ffff
            }
            Object::Set(s) if s.frozen => {
                let mut h: u64 = 0x1f2e3d;
                for e in s.items.iter() {
                    h ^= mix(e.hash);
                }
                h & 0x7fff_ffff_ffff_ffff
            }
            Object::Instance(_)
            | Object::List(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::ByteArray(_)
            | Object::Array(_)
            | Object::MemoryView(_) => return None,
            _ => r.0 as u64 ^ 0x9e37_79b9,
        },
    })
}

/// Structural equality of built-in values. Instances compare by identity
/// here; the VM handles user `__eq__` before reaching this.
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
                (Object::Str(p), Object::Str(q)) => p.as_str() == q.as_str(),
                (Object::Bytes(p), Object::Bytes(q)) => p == q,
                (Object::Bytes(p), Object::ByteArray(q)) | (Object::ByteArray(q), Object::Bytes(p)) => p == q,
                (Object::ByteArray(p), Object::ByteArray(q)) => p == q,
                (Object::BigInt(p), Object::BigInt(q)) => p == q,
                (Object::Complex(a1, b1), Object::Complex(a2, b2)) => a1 == a2 && b1 == b2,
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
                (Object::Range(a1), Object::Range(a2)) => a1 == a2,
                _ => false,
            }
        }
        (Value::Obj(x), other) | (other, Value::Obj(x)) => match heap.get(x) {
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
