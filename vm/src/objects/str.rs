//! `str` storage: UTF-8 text with its character count, so indexing an ASCII
//! string is O(1), and a lazily computed hash.

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
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() || args.len() > 2 {
        // str(bytes, encoding) decodes.
        let src = vm.arg_or(args, kw, 1, "object", Value::Undef);
        if let Ok(b) = vm.bytes_like(src) {
            return match String::from_utf8(b) {
                Ok(s) => Ok(vm.new_str(s)),
                Err(_) => Err(vm.err(crate::runtime::error::ExcKind::UnicodeError, "")),
            };
        }
    }
    match args.get(1) {
        Some(&v) => {
            if vm.as_str(v).is_some() {
                return Ok(v);
            }
            let s = vm.str(v)?;
            Ok(vm.new_str(s))
        }
        None => Ok(vm.intern("")),
    }
}
