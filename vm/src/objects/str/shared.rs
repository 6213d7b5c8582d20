//! What the text methods of `str`, `bytes` and `bytearray` share: which kind
//! of sequence `self` is, its bytes (borrowed from the heap), arguments
//! converted to the same kind, and results built back into that kind.
//!
//! The algorithms work on UTF-8 bytes for all three kinds: a `str` match of
//! a `str` needle always falls on character boundaries, so splitting and
//! replacing need no decoding. Only positions (`find`, `start`/`end`) and
//! per-character work (`strip` with a non-ASCII set) convert.

use crate::runtime::error::PyResult;
use crate::runtime::heap::{Heap, ObjRef};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    Bytes,
    ByteArray,
}

/// The payload object of `self` and its kind (instances of subclasses of
/// `str`/`bytes` are unwrapped).
pub fn this(vm: &mut Vm, v: Value) -> PyResult<(ObjRef, Kind)> {
    let inner = vm.unwrap_builtin(v);
    if let Value::Obj(r) = inner {
        match vm.heap.get(r) {
            Object::Str(_) => return Ok((r, Kind::Str)),
            Object::Bytes(_) => return Ok((r, Kind::Bytes)),
            Object::ByteArray(_) => return Ok((r, Kind::ByteArray)),
            _ => {}
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'str' or 'bytes' object but received a '{t}'")))
}

/// The bytes of a str/bytes/bytearray payload (empty for anything else).
#[inline]
pub fn data(heap: &Heap, r: ObjRef) -> &[u8] {
    match heap.get(r) {
        Object::Str(s) => s.as_str().as_bytes(),
        Object::Bytes(b) | Object::ByteArray(b) => b,
        _ => &[],
    }
}

/// The text of a str payload ("" for anything else).
#[inline]
pub fn text(heap: &Heap, r: ObjRef) -> &str {
    match heap.get(r) {
        Object::Str(s) => s.as_str(),
        _ => "",
    }
}

/// Whether a str payload is pure ASCII (bytes always index by byte).
pub fn byte_indexed(heap: &Heap, r: ObjRef) -> bool {
    match heap.get(r) {
        Object::Str(s) => s.is_ascii(),
        _ => true,
    }
}

/// Length in the unit indices count: characters for str, bytes otherwise.
pub fn unit_len(heap: &Heap, r: ObjRef) -> usize {
    match heap.get(r) {
        Object::Str(s) => s.char_len(),
        Object::Bytes(b) | Object::ByteArray(b) => b.len(),
        _ => 0,
    }
}

/// An argument as bytes of the same kind as `self`: a str for str methods,
/// anything with the buffer protocol for bytes methods.
pub fn arg_data(vm: &mut Vm, v: Value, kind: Kind) -> PyResult<Vec<u8>> {
    match kind {
        Kind::Str => match vm.as_str(v) {
            Some(s) => Ok(s.as_bytes().to_vec()),
            None => {
                let inner = vm.unwrap_builtin(v);
                if let Some(s) = vm.as_str(inner) {
                    return Ok(s.as_bytes().to_vec());
                }
                let t = vm.type_name(v);
                Err(vm.type_error(format!("can't convert '{t}' object to str implicitly")))
            }
        },
        _ => match v.as_obj().map(|r| vm.heap.get(r)) {
            // bytes and bytearray mix; any other type is an error.
            Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.clone()),
            _ => {
                let inner = vm.unwrap_builtin(v);
                if !inner.is(v) {
                    return arg_data(vm, inner, kind);
                }
                let t = vm.type_name(v);
                let to = if t == "str" { "bytes" } else { "str" };
                Err(vm.type_error(format!("can't convert '{t}' object to {to} implicitly")))
            }
        },
    }
}

/// An optional argument (`None` or missing means absent).
pub fn opt_arg_data(vm: &mut Vm, v: Option<Value>, kind: Kind) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) | Some(Value::Undef) => Ok(None),
        Some(v) => arg_data(vm, v, kind).map(Some),
    }
}

/// A result of the same kind as `self`.
pub fn make(vm: &mut Vm, kind: Kind, b: Vec<u8>) -> Value {
    match kind {
        Kind::Str => {
            let s = String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            vm.new_str(s)
        }
        Kind::Bytes => vm.new_bytes(b),
        Kind::ByteArray => vm.alloc(Object::ByteArray(b)),
    }
}

/// A result slice of `self`'s payload; returns `self` itself when the
/// slice is all of an immutable value (no copy).
pub fn make_slice(vm: &mut Vm, r: ObjRef, kind: Kind, from: usize, to: usize) -> Value {
    let d = data(&vm.heap, r);
    if from == 0 && to == d.len() && kind != Kind::ByteArray {
        return Value::Obj(r);
    }
    if kind == Kind::Str {
        // Offsets come from matches of UTF-8 needles, so they sit on
        // character boundaries: slicing the str skips re-validation.
        let t = text(&vm.heap, r);
        let piece = match t.get(from..to) {
            Some(p) => p.to_string(),
            None => String::from_utf8_lossy(&d[from.min(d.len())..to.min(d.len())]).into_owned(),
        };
        return vm.new_str(piece);
    }
    let piece = d[from.min(d.len())..to.min(d.len())].to_vec();
    make(vm, kind, piece)
}

/// Python's slice-style clamping of optional `start`/`end` arguments to
/// `0..=len` (in characters for str).
pub fn clamp_range(
    vm: &mut Vm,
    start: Option<Value>,
    end: Option<Value>,
    len: usize,
    what: &str,
) -> PyResult<(usize, usize)> {
    // Both ends clamp to the string, as MicroPython's `str_index_to_ptr`
    // does ("abc".find("", 5) is 3); `start > end` is an empty, invalid window.
    let conv = |vm: &mut Vm, v: Option<Value>, default: usize, max: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) | Some(Value::Undef) => Ok(default),
            Some(v) => {
                // An int or a bool; a big int overflows the machine word.
                let i = match v {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::BigInt(_))) => vm.to_index(v)?,
                    _ => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!("{what} indices must be integers, not {t}")));
                    }
                };
                let n = len as i64;
                Ok(if i < 0 { (i + n).max(0) as usize } else { (i.min(max as i64)) as usize })
            }
        }
    };
    let s = conv(vm, start, 0, len)?;
    let e = conv(vm, end, len, len)?;
    Ok((s, e))
}

/// Byte offset of unit index `i` in a payload (identity unless non-ASCII str).
pub fn byte_of(heap: &Heap, r: ObjRef, i: usize) -> usize {
    match heap.get(r) {
        Object::Str(s) => s.byte_offset(i),
        Object::Bytes(b) | Object::ByteArray(b) => i.min(b.len()),
        _ => 0,
    }
}

/// Unit index of byte offset `b` (identity unless non-ASCII str).
pub fn unit_of(heap: &Heap, r: ObjRef, b: usize) -> usize {
    match heap.get(r) {
        Object::Str(s) if !s.is_ascii() => s.as_str().get(..b).map_or(0, |t| t.chars().count()),
        _ => b,
    }
}

/// ASCII whitespace as MicroPython's `isspace` sees it.
#[inline]
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}
