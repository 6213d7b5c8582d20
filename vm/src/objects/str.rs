//! `str` storage: UTF-8 text with its character count, so indexing an ASCII
//! string is O(1), and a lazily computed hash. The methods live in the
//! submodules, shared with `bytes` where MicroPython shares them.

pub mod case;
#[cfg(test)]
mod fuzz;
pub mod search;
pub mod shared;
pub mod split;

use crate::runtime::hash::hash_str;
use std::cell::Cell;

pub struct PyStr {
    text: Box<str>,
    chars: usize,
    hash: Cell<u64>,
}

// The hash cache is only touched by the thread that owns the VM.
unsafe impl Sync for PyStr {}

const NO_HASH: u64 = u64::MAX;

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let chars = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { text, chars, hash: Cell::new(NO_HASH) }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in characters (what `len()` returns).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = hash_str(&self.text);
        self.hash.set(h);
        h
    }
    /// Byte offset of character `index` (which may equal the length).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index
        } else {
            self.text.char_indices().nth(index).map(|(b, _)| b).unwrap_or(self.text.len())
        }
    }
    /// The character at `index`, as a string slice.
    pub fn char_at(&self, index: usize) -> &str {
        if self.is_ascii() {
            &self.text[index..index + 1]
        } else {
            let start = self.byte_offset(index);
            let len = self.text[start..].chars().next().map(|c| c.len_utf8()).unwrap_or(0);
            &self.text[start..start + len]
        }
    }
}

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let s = vm.types.str_;
    vm.add_static(s, "__new__", str_new);
    register_shared(vm, s);
    vm.add_method(s, "format", str_format);
    vm.add_method(s, "encode", str_encode);
}

/// The methods MicroPython gives both `str` and `bytes`.
pub fn register_shared(vm: &mut Vm, class: crate::runtime::heap::ObjRef) {
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("find", search::find),
        ("rfind", search::rfind),
        ("index", search::index),
        ("rindex", search::rindex),
        ("count", search::count),
        ("startswith", search::startswith),
        ("endswith", search::endswith),
        ("replace", search::replace),
        ("partition", search::partition),
        ("rpartition", search::rpartition),
        ("split", split::split),
        ("rsplit", split::rsplit),
        ("splitlines", split::splitlines),
        ("join", split::join),
        ("strip", split::strip),
        ("lstrip", split::lstrip),
        ("rstrip", split::rstrip),
        ("lower", case::lower),
        ("upper", case::upper),
        ("isspace", case::isspace),
        ("isalpha", case::isalpha),
        ("isdigit", case::isdigit),
        ("isupper", case::isupper),
        ("islower", case::islower),
        ("center", case::center),
    ];
    for &(name, f) in methods {
        vm.add_method(class, name, f);
    }
}

fn str_format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("format() needs a str"));
    }
    let (r, _) = shared::this(vm, args[0])?;
    let template = shared::text(&vm.heap, r).to_string();
    let out = vm.str_format(&template, &args[1..], kw)?;
    Ok(vm.new_str(out))
}

/// Text to bytes in `encoding` (UTF-8, ASCII or Latin-1), raising
/// UnicodeError for characters the encoding lacks.
pub fn encode_text(vm: &mut Vm, t: &str, encoding: &str) -> PyResult<Vec<u8>> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(t.as_bytes().to_vec()),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            if t.chars().any(|c| c as u32 >= limit) {
                return Err(vm.err(crate::runtime::error::ExcKind::UnicodeError, ""));
            }
            Ok(t.chars().map(|c| c as u8).collect())
        }
        _ => Err(vm.err(crate::runtime::error::ExcKind::LookupError, format!("unknown encoding: {encoding}"))),
    }
}

/// `str.encode([encoding[, errors]])`: text is UTF-8 already; ASCII and
/// Latin-1 are checked like CPython checks them.
fn str_encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("encode", args, 1, 3)?;
    vm.check_kwargs(kw, &["encoding", "errors"])?;
    let (r, _) = shared::this(vm, args[0])?;
    let enc = match vm.arg_or(args, kw, 1, "encoding", Value::Undef) {
        Value::Undef => "utf-8".to_string(),
        v => vm.str_arg(v)?,
    };
    let t = shared::text(&vm.heap, r).to_string();
    let out = encode_text(vm, &t, &enc)?;
    Ok(vm.new_bytes(out))
}

/// `str()`, `str(x)`, `str(bytes, encoding[, errors])`.
fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["object", "encoding", "errors"])?;
    let src = vm.arg_or(args, kw, 1, "object", Value::Undef);
    let encoding = vm.arg_or(args, kw, 2, "encoding", Value::Undef);
    let decoding = !matches!(encoding, Value::Undef) || vm.kwarg(kw, "errors").is_some() || args.len() > 3;
    if decoding {
        if vm.as_str(src).is_some() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let b = vm.bytes_like(src)?;
        let enc = match encoding {
            Value::Undef => "utf-8".to_string(),
            e => vm.str_arg(e)?,
        };
        let text = crate::objects::bytes::decode_text(vm, &b, &enc)?;
        return Ok(vm.new_str(text));
    }
    match src {
        Value::Undef => Ok(vm.intern("")),
        v if vm.as_str(v).is_some() => Ok(v),
        v => {
            let s = vm.str(v)?;
            Ok(vm.new_str(s))
        }
    }
}
