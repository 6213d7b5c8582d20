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

/// MicroPython's encodings: `utf-8`, `utf8` and `ascii`, spelt exactly.
pub fn check_encoding(vm: &mut Vm, encoding: Value) -> PyResult<bool> {
    let name = vm.str_arg(encoding)?;
    match name.as_str() {
        "utf-8" | "utf8" => Ok(false),
        "ascii" => Ok(true),
        _ => Err(vm.err(crate::runtime::error::ExcKind::LookupError, format!("unknown encoding: {name}"))),
    }
}

/// `str.encode([encoding[, errors]])`: `bytes(s, encoding)`.
fn str_encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    vm.check_args("encode", args, 1, 3)?;
    let (r, _) = shared::this(vm, args[0])?;
    let data = shared::data(&vm.heap, r).to_vec();
    let ascii = match args.get(1) {
        Some(&e) => check_encoding(vm, e)?,
        None => false,
    };
    if ascii && !data.is_ascii() {
        return Err(vm.err(crate::runtime::error::ExcKind::UnicodeError, ""));
    }
    Ok(vm.new_bytes(data))
}

/// Text from `data` in `encoding` (a str Value), with `errors` (`strict`,
/// `ignore`, `replace`) for bytes the encoding cannot decode.
pub fn decode_data(vm: &mut Vm, data: &[u8], encoding: Value, errors: Option<Value>) -> PyResult<Value> {
    let ascii = check_encoding(vm, encoding)?;
    let valid = if ascii { data.is_ascii() } else { std::str::from_utf8(data).is_ok() };
    if valid {
        let text = String::from_utf8_lossy(data).into_owned();
        return Ok(vm.new_str(text));
    }
    let errors = match errors {
        Some(v) if !v.is_none() => vm.str_arg(v)?,
        _ => String::new(),
    };
    let text = match errors.as_str() {
        "replace" if ascii => data.iter().map(|&b| if b < 0x80 { b as char } else { '\u{fffd}' }).collect(),
        "ignore" if ascii => data.iter().filter(|b| b.is_ascii()).map(|&b| b as char).collect(),
        "replace" => String::from_utf8_lossy(data).into_owned(),
        "ignore" => String::from_utf8_lossy(data).replace('\u{fffd}', ""),
        _ => return Err(vm.err(crate::runtime::error::ExcKind::UnicodeError, "")),
    };
    Ok(vm.new_str(text))
}

/// `str()`, `str(x)`, `str(buffer, encoding[, errors])`.
fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.err(
            crate::runtime::error::ExcKind::NotImplementedError,
            "keyword argument(s) not implemented - use normal args instead",
        ));
    }
    match &args[1..] {
        [] => Ok(vm.intern("")),
        [v] if vm.as_str(*v).is_some() => Ok(*v),
        [v] => {
            let s = vm.str(*v)?;
            Ok(vm.new_str(s))
        }
        [src, encoding, rest @ ..] if rest.len() <= 1 => {
            let Some(data) = vm.buffer_bytes(*src) else {
                return Err(vm.type_error("object with buffer protocol required"));
            };
            decode_data(vm, &data, *encoding, rest.first().copied())
        }
        more => Err(vm.type_error(format!("function expected at most 3 arguments, got {}", more.len()))),
    }
}
