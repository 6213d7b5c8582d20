//! `bytes` and `bytearray`: constructors and methods. Both share the text
//! methods of `str` (see `str::register_shared`); bytes adds decode, hex and
//! fromhex, bytearray append, extend, decode and hex.

use crate::objects::function::KwArgs;
use crate::objects::str::shared::{data, this, Kind};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

pub fn register(vm: &mut Vm) {
    let b = vm.types.bytes;
    vm.add_static(b, "__new__", bytes_new);
    crate::objects::str::register_shared(vm, b);
    vm.add_method(b, "decode", decode);
    vm.add_method(b, "hex", hex);
    vm.add_static(b, "fromhex", fromhex);
    let ba = vm.types.bytearray;
    vm.add_static(ba, "__new__", bytearray_new);
    // MicroPython 1.20+ answers bytearray.find(...) (the bytes methods are
    // shared); CPython has them all, so bytearray gets the same set.
    crate::objects::str::register_shared(vm, ba);
    vm.add_method(ba, "append", append);
    vm.add_method(ba, "extend", extend);
    vm.add_method(ba, "decode", decode);
    vm.add_method(ba, "hex", hex);
    vm.add_static(ba, "fromhex", bytearray_fromhex);
}

/// `bytes()`, `bytes(n)`, `bytes(str, encoding)`, `bytes(buffer)`,
/// `bytes(iterable of ints)`, with MicroPython's rules: a bytes argument
/// comes back as is, the encoding is not checked beyond ASCII, and
/// items must be in range(256).
fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(
            vm.err(ExcKind::NotImplementedError, "keyword argument(s) not implemented - use normal args instead")
        );
    }
    let args = &args[1..];
    let Some(&src) = args.first() else { return Ok(vm.new_bytes(vec![])) };
    if matches!(src.as_obj().map(|r| vm.heap.get(r)), Some(Object::Bytes(_))) {
        return Ok(src);
    }
    if let Some(s) = vm.as_str(src) {
        if !(2..=3).contains(&args.len()) {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let data = s.as_bytes().to_vec();
        if crate::objects::str::check_encoding(vm, args[1])? && !data.is_ascii() {
            return Err(vm.err(ExcKind::UnicodeError, ""));
        }
        return Ok(vm.new_bytes(data));
    }
    if args.len() > 1 {
        return Err(vm.type_error("wrong number of arguments"));
    }
    if let Value::Int(n) = src {
        if n < 0 {
            return Err(vm.value_error(""));
        }
        vm.reserve(n as usize)?;
        return Ok(vm.new_bytes(vec![0; n as usize]));
    }
    if let Some(b) = vm.buffer_bytes(src) {
        return Ok(vm.new_bytes(b));
    }
    let items = vm.collect_iter(src)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let i = vm.int_arg(v)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error("bytes value out of range"));
        }
        out.push(i as u8);
    }
    Ok(vm.new_bytes(out))
}

/// `bytearray()`, `bytearray(n)`, `bytearray(buffer)` (a str with an
/// encoding included), `bytearray(iterable)`: items keep their low 8 bits.
fn bytearray_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let args = &args[1..];
    if args.len() > 3 {
        return Err(vm.type_error(format!("function expected at most 3 arguments, got {}", args.len())));
    }
    let Some(&src) = args.first() else { return Ok(vm.alloc(Object::ByteArray(vec![]))) };
    if !matches!(src, Value::Bool(_)) && vm.is_int(src) {
        let n = vm.int_arg(src)?;
        let Ok(n) = usize::try_from(n) else {
            // A 32-bit board reads the count as a size_t and asks for that.
            let asked = n as u32;
            return Err(vm.err(ExcKind::MemoryError, format!("memory allocation failed, allocating {asked} bytes")));
        };
        vm.reserve(n)?;
        return Ok(vm.alloc(Object::ByteArray(vec![0; n])));
    }
    if vm.as_str(src).is_some() && args.len() == 1 {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(b) = vm.buffer_bytes(src) {
        return Ok(vm.alloc(Object::ByteArray(b)));
    }
    let items = vm.collect_iter(src)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        out.push(low_byte(vm, v)?);
    }
    Ok(vm.alloc(Object::ByteArray(out)))
}

/// An int stored into a bytearray: its low 8 bits (MicroPython 1.x does
/// not range-check).
pub fn low_byte(vm: &mut Vm, v: Value) -> PyResult<u8> {
    Ok(crate::objects::array::encode(vm, b'B', 1, v)?[0])
}

/// `b[key]` for bytes and bytearray: an int, or a step-1 slice.
pub fn get_item(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let (len, is_ba) = match vm.heap.get(r) {
        Object::Bytes(b) => (b.len(), false),
        Object::ByteArray(b) => (b.len(), true),
        _ => return Ok(Value::None),
    };
    if vm.is_slice(key) {
        let (a, b) = crate::objects::array::fast_slice(vm, key, len)?;
        let piece = data(&vm.heap, r)[a..b].to_vec();
        return Ok(if is_ba { vm.alloc(Object::ByteArray(piece)) } else { vm.new_bytes(piece) });
    }
    let i = crate::objects::array::index(vm, key, len, if is_ba { "bytearray" } else { "bytes" })?;
    Ok(Value::Int(data(&vm.heap, r)[i] as i64))
}

/// `ba[key] = v`: one byte (low 8 bits), or a step-1 slice replaced by a
/// buffer of bytes (the bytearray may grow or shrink).
pub fn bytearray_set_item(vm: &mut Vm, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
    let len = data(&vm.heap, r).len();
    if vm.is_slice(key) {
        let (a, b) = crate::objects::array::fast_slice(vm, key, len)?;
        let src = crate::objects::array::slice_source(vm, v, 1)?;
        vm.reserve(src.len())?;
        if let Object::ByteArray(l) = vm.heap.get_mut(r) {
            l.splice(a..b, src);
        }
        return Ok(());
    }
    let i = crate::objects::array::index(vm, key, len, "bytearray")?;
    let byte = low_byte(vm, v)?;
    if let Object::ByteArray(l) = vm.heap.get_mut(r) {
        l[i] = byte;
    }
    Ok(())
}

/// `bytes` on the left of `+` and `*` (MicroPython's `str_binary_op`):
/// `+` takes any buffer on the right; `None` when the right side does
/// not suit (then a reflected method may).
pub fn binary_op(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    let Some(r) = lhs.as_obj() else { return Ok(None) };
    match op {
        BinOp::Mult => {
            let Some(n) = vm.int_arg_maybe(rhs)? else { return Ok(None) };
            let len = data(&vm.heap, r).len();
            let n = n.max(0) as usize;
            match len.checked_mul(n) {
                Some(total) => vm.reserve(total)?,
                None => return Err(vm.memory_error()),
            }
            let out = data(&vm.heap, r).repeat(n);
            Ok(Some(vm.new_bytes(out)))
        }
        BinOp::Add => {
            let Some(more) = vm.buffer_bytes(rhs) else { return Ok(None) };
            if more.is_empty() {
                return Ok(Some(lhs));
            }
            let mut out = data(&vm.heap, r).to_vec();
            out.extend_from_slice(&more);
            vm.reserve(out.len())?;
            Ok(Some(vm.new_bytes(out)))
        }
        _ => Ok(None),
    }
}

/// `x in b` for bytes: a sub-sequence for any buffer, else equality with
/// one of the byte values.
pub fn contains(vm: &mut Vm, r: ObjRef, needle: Value) -> PyResult<bool> {
    if let Some(n) = vm.buffer_bytes(needle) {
        return Ok(crate::objects::str::search::find_bytes(data(&vm.heap, r), &n).is_some());
    }
    let hay = data(&vm.heap, r).to_vec();
    for b in hay {
        if vm.eq(Value::Int(b as i64), needle)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `decode([encoding[, errors]])`: `str(b, encoding, errors)`.
fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    vm.check_args("decode", args, 1, 3)?;
    let (r, _) = this(vm, args[0])?;
    let d = data(&vm.heap, r).to_vec();
    let enc = match args.get(1) {
        Some(&e) => e,
        None => vm.intern("utf-8"),
    };
    crate::objects::str::decode_data(vm, &d, enc, args.get(2).copied())
}

/// `hex([sep])`: two lower-case digits per byte, `sep` between bytes.
pub fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hex", args, 1, 2)?;
    let d = vm.bytes_like(args[0])?;
    let sep = match args.get(1) {
        Some(&s) => {
            let s = match vm.as_str(s) {
                Some(s) => s.to_string(),
                None => String::from_utf8_lossy(&vm.bytes_like(s)?).into_owned(),
            };
            match s.chars().count() {
                // MicroPython reads the separator's first byte: an empty
                // one is its terminating NUL.
                0 => Some("\0".to_string()),
                1 => Some(s),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
        None => None,
    };
    vm.reserve(d.len() * 3)?;
    let mut out = String::with_capacity(d.len() * 3);
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(s) = &sep {
                out.push_str(s);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(vm.new_str(out))
}

/// `bytes.fromhex(text)` and `bytearray.fromhex(text)`: pairs of hex
/// digits, whitespace between pairs; the text may be any buffer.
fn fromhex_into(vm: &mut Vm, args: &[Value], bytearray: bool) -> PyResult<Value> {
    // Called on the class (`bytes.fromhex(s)`) or an instance.
    let text = match args.last() {
        Some(&v) => match vm.as_str(v) {
            Some(t) => t.as_bytes().to_vec(),
            None => vm.bytes_like(v)?,
        },
        None => return Err(vm.type_error("fromhex() takes exactly one argument")),
    };
    match parse_hex(&text) {
        Ok(b) if bytearray => Ok(vm.alloc(Object::ByteArray(b))),
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(_) => Err(vm.value_error("non-hex digit")),
    }
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fromhex_into(vm, args, false)
}

fn bytearray_fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fromhex_into(vm, args, true)
}

pub fn parse_hex(b: &[u8]) -> Result<Vec<u8>, usize> {
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or(i)?;
        let lo = b.get(i + 1).and_then(|&c| (c as char).to_digit(16)).ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytearray_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match this(vm, v)? {
        (r, Kind::ByteArray) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'bytearray' object but received a '{t}'")))
        }
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("append", args, 2, 2)?;
    let r = bytearray_ref(vm, args[0])?;
    let b = low_byte(vm, args[1])?;
    if let Object::ByteArray(v) = vm.heap.get_mut(r) {
        v.push(b);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("extend", args, 2, 2)?;
    let r = bytearray_ref(vm, args[0])?;
    extend_ref(vm, r, args[1])?;
    Ok(Value::None)
}

/// Extend a bytearray by a buffer's bytes or an iterable's ints.
pub fn extend_ref(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let more = match vm.buffer_bytes(src) {
        Some(b) => b,
        None => {
            let items = vm.collect_iter(src)?;
            items.into_iter().map(|v| low_byte(vm, v)).collect::<PyResult<Vec<u8>>>()?
        }
    };
    vm.reserve(more.len())?;
    if let Object::ByteArray(v) = vm.heap.get_mut(r) {
        v.extend_from_slice(&more);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_hex;

    #[test]
    fn parses_hex_pairs() {
        assert_eq!(parse_hex(b"00ff 10"), Ok(vec![0, 255, 16]));
        assert_eq!(parse_hex(b"0g"), Err(1));
        assert_eq!(parse_hex(b"abc"), Err(3));
    }
}
