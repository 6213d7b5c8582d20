//! `bytes` and `bytearray`: constructors and methods. Both share the text
//! methods of `str` (see `str::register_shared`); bytes adds decode, hex and
//! fromhex, bytearray append, extend, decode and hex.

use crate::objects::function::KwArgs;
use crate::objects::str::shared::{data, this, Kind};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

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
}

/// The bytes `bytes(...)`/`bytearray(...)` start from: nothing, `n` zero
/// bytes, an encoded str, a copy of a buffer, or an iterable of ints.
fn initial_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs, plural: bool) -> PyResult<Vec<u8>> {
    vm.check_kwargs(kw, &["source", "encoding", "errors"])?;
    let src = vm.arg_or(args, kw, 1, "source", Value::Undef);
    let encoding = vm.arg_or(args, kw, 2, "encoding", Value::Undef);
    if args.len() > 4 {
        return Err(vm.type_error("function expected at most 3 arguments"));
    }
    if let Some(s) = vm.as_str(src) {
        if matches!(encoding, Value::Undef) {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let s = s.to_string();
        let enc = vm.str_arg(encoding)?;
        return crate::objects::str::encode_text(vm, &s, &enc);
    }
    if !matches!(encoding, Value::Undef) {
        return Err(vm.type_error("encoding without a string argument"));
    }
    match src {
        Value::Undef => Ok(vec![]),
        Value::Int(n) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.reserve(n as usize)?;
            Ok(vec![0; n as usize])
        }
        Value::Bool(b) => Ok(vec![0; b as usize]),
        _ => {
            if let Some(Object::BigInt(_)) = src.as_obj().map(|r| vm.heap.get(r)) {
                return Err(vm.memory_error());
            }
            if let Ok(b) = vm.bytes_like(src) {
                return Ok(b);
            }
            let items = vm.collect_iter(src)?;
            items.into_iter().map(|v| byte_value(vm, v, plural)).collect()
        }
    }
}

/// One int as a byte, with CPython's range check (its message says
/// "bytes" for `bytes(...)`, "byte" for bytearray operations).
pub fn byte_value(vm: &mut Vm, v: Value, plural: bool) -> PyResult<u8> {
    let i = vm.int_arg(v)?;
    if (0..256).contains(&i) {
        Ok(i as u8)
    } else {
        Err(vm.value_error(if plural { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" }))
    }
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = initial_bytes(vm, args, kw, true)?;
    Ok(vm.new_bytes(b))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = initial_bytes(vm, args, kw, false)?;
    Ok(vm.alloc(Object::ByteArray(b)))
}

/// `decode([encoding[, errors]])`: UTF-8 (and ASCII/Latin-1) to str.
fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("decode", args, 1, 3)?;
    vm.check_kwargs(kw, &["encoding", "errors"])?;
    let (r, _) = this(vm, args[0])?;
    let enc = match vm.arg_or(args, kw, 1, "encoding", Value::Undef) {
        Value::Undef => "utf-8".to_string(),
        v => vm.str_arg(v)?,
    };
    let errors = match vm.arg_or(args, kw, 2, "errors", Value::Undef) {
        Value::Undef => "strict".to_string(),
        v => vm.str_arg(v)?,
    };
    let d = data(&vm.heap, r);
    if matches!(enc.as_str(), "utf-8" | "utf8") {
        // Borrowed fast path: valid UTF-8 is copied once, into the str.
        let text = match (std::str::from_utf8(d), errors.as_str()) {
            (Ok(s), _) => s.to_string(),
            (Err(_), "replace") => String::from_utf8_lossy(d).into_owned(),
            (Err(_), "ignore") => String::from_utf8_lossy(d).replace('\u{fffd}', ""),
            (Err(_), _) => return Err(vm.err(ExcKind::UnicodeError, "")),
        };
        return Ok(vm.new_str(text));
    }
    let d = d.to_vec();
    let text = decode_text(vm, &d, &enc)?;
    Ok(vm.new_str(text))
}

/// Bytes to text in `encoding` (UTF-8, ASCII or Latin-1), raising
/// UnicodeError for bytes the encoding cannot decode.
pub fn decode_text(vm: &mut Vm, d: &[u8], encoding: &str) -> PyResult<String> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(d) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => Err(vm.err(ExcKind::UnicodeError, "")),
        },
        "ascii" => {
            if !d.is_ascii() {
                return Err(vm.err(ExcKind::UnicodeError, ""));
            }
            Ok(d.iter().map(|&b| b as char).collect())
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(d.iter().map(|&b| b as char).collect()),
        _ => Err(vm.err(ExcKind::LookupError, format!("unknown encoding: {encoding}"))),
    }
}

/// `hex([sep])`: two lower-case digits per byte, `sep` between bytes.
fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hex", args, 1, 2)?;
    let d = vm.bytes_like(args[0])?;
    let sep = match args.get(1) {
        Some(&s) => {
            let s = match vm.as_str(s) {
                Some(s) => s.to_string(),
                None => String::from_utf8_lossy(&vm.bytes_like(s)?).into_owned(),
            };
            if s.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s)
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

/// `bytes.fromhex(text)`: pairs of hex digits, whitespace between pairs.
fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // Called on the class (`bytes.fromhex(s)`) or an instance.
    let text = match args.last() {
        Some(&v) => vm.str_arg(v)?,
        None => return Err(vm.type_error("fromhex() takes exactly one argument")),
    };
    match parse_hex(&text) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(pos) => Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"))),
    }
}

/// Hex pairs to bytes; `Err(position)` of the first bad character.
pub fn parse_hex(text: &str) -> Result<Vec<u8>, usize> {
    let b = text.as_bytes();
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

fn bytearray_ref(vm: &mut Vm, v: Value) -> PyResult<crate::runtime::heap::ObjRef> {
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
    let b = byte_value(vm, args[1], false)?;
    if let Object::ByteArray(v) = vm.heap.get_mut(r) {
        v.push(b);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("extend", args, 2, 2)?;
    let r = bytearray_ref(vm, args[0])?;
    let more = match vm.bytes_like(args[1]) {
        Ok(b) => b,
        Err(_) => {
            let items = vm.collect_iter(args[1])?;
            items.into_iter().map(|v| byte_value(vm, v, false)).collect::<PyResult<Vec<u8>>>()?
        }
    };
    vm.reserve(more.len())?;
    if let Object::ByteArray(v) = vm.heap.get_mut(r) {
        v.extend_from_slice(&more);
    }
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::parse_hex;

    #[test]
    fn parses_hex_pairs() {
        assert_eq!(parse_hex("00ff 10"), Ok(vec![0, 255, 16]));
        assert_eq!(parse_hex("0g"), Err(1));
        assert_eq!(parse_hex("abc"), Err(3));
    }
}
