//! One replacement field of `str.format` and f-strings: the format-spec
//! mini-language (`[[fill]align][sign][#][0][width][,][.precision][type]`)
//! read into a [`Spec`], and a value written by it. The template loop is
//! in `str_format.rs`, the `%` operator in `percent.rs`; all three lay
//! out text with `crate::format`.
//!
//! Text is built as bytes, as on a board, so widths count bytes.

use super::error::{Exc, ExcKind, PyResult};
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::format::bigint::IntRef;
use crate::format::field::{Align, Field, Sign, MAX_WIDTH};
use crate::format::float_text::{write_float, FloatStyle, Precision};
use crate::format::int_text::{write_int, IntStyle};
use crate::format::{ErrorKind, FormatError};

/// A format spec as written, before it meets a value.
#[derive(Clone, Copy, Debug)]
struct Spec {
    fill: Option<u8>,
    align: Option<u8>,
    sign: Sign,
    alternate: bool,
    /// A `0` before the width.
    zero: bool,
    width: i64,
    grouping: Option<u8>,
    precision: Option<i64>,
    kind: Option<u8>,
}

/// The conversion letters a spec may end with.
const SPEC_KINDS: &[u8] = b"bcdeEfFgGnosxX%";

/// Digits at `s[*i..]` as a number (saturating), advancing `i`; `None`
/// when there are none.
pub(super) fn read_count(s: &[u8], i: &mut usize) -> Option<i64> {
    let start = *i;
    let mut v: i64 = 0;
    while let Some(d) = s.get(*i).filter(|c| c.is_ascii_digit()) {
        v = v.saturating_mul(10).saturating_add((d - b'0') as i64);
        *i += 1;
    }
    (*i > start).then_some(v)
}

impl Spec {
    /// Reads a spec; the error is the ValueError message.
    fn read(s: &[u8]) -> Result<Spec, &'static str> {
        let is_align = |c: Option<&u8>| matches!(c, Some(b'<' | b'>' | b'=' | b'^'));
        let mut spec = Spec {
            fill: None,
            align: None,
            sign: Sign::OnlyMinus,
            alternate: false,
            zero: false,
            width: -1,
            grouping: None,
            precision: None,
            kind: None,
        };
        let mut i = 0;
        // An alignment character first is the alignment, never a fill.
        if is_align(s.first()) {
            spec.align = Some(s[0]);
            i = 1;
        } else if is_align(s.get(1)) {
            spec.fill = Some(s[0]);
            spec.align = Some(s[1]);
            i = 2;
        }
        spec.sign = match s.get(i) {
            Some(b'+') => Sign::Plus,
            Some(b' ') => Sign::Space,
            _ => Sign::OnlyMinus,
        };
        if matches!(s.get(i), Some(b'+' | b' ' | b'-')) {
            i += 1;
        }
        if s.get(i) == Some(&b'#') {
            spec.alternate = true;
            i += 1;
        }
        // The `0` stays in place: it is also the width's first digit.
        spec.zero = s.get(i) == Some(&b'0');
        spec.width = read_count(s, &mut i).unwrap_or(-1);
        if let Some(&c @ (b',' | b'_')) = s.get(i) {
            spec.grouping = Some(c);
            i += 1;
        }
        if s.get(i) == Some(&b'.') {
            i += 1;
            spec.precision = read_count(s, &mut i);
        }
        if let Some(&c) = s.get(i).filter(|c| SPEC_KINDS.contains(c)) {
            spec.kind = Some(c);
            i += 1;
        }
        if i < s.len() {
            return Err("invalid format specifier");
        }
        Ok(spec)
    }

    /// The field the spec lays a value out in; `numeric` values align
    /// right and take a `0` as sign-aware zero padding.
    fn field(&self, numeric: bool) -> Field {
        let align = self.align.unwrap_or(match (self.zero && numeric, numeric) {
            (true, _) => b'=',
            (false, true) => b'>',
            (false, false) => b'<',
        });
        let fill = self.fill.unwrap_or(if self.zero { b'0' } else { b' ' });
        Field {
            align: match align {
                b'<' => Align::Left,
                b'^' => Align::Center,
                _ => Align::Right,
            },
            after_sign: align == b'=',
            fill,
            width: self.width,
            grouping: self.grouping,
        }
    }
}

impl Vm {
    pub fn format_error(&mut self, e: FormatError) -> Exc {
        let kind = match e.kind {
            ErrorKind::ValueError => ExcKind::ValueError,
            ErrorKind::TypeError => ExcKind::TypeError,
            ErrorKind::OverflowError => ExcKind::OverflowError,
            ErrorKind::IndexError => ExcKind::IndexError,
            ErrorKind::KeyError => ExcKind::KeyError,
        };
        self.err(kind, e.message)
    }

    /// Whether the formatters take `v` as an integer: a bool or an exact
    /// int (instances of int subclasses are not).
    pub(super) fn formats_as_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Object::BigInt(_)),
            _ => false,
        }
    }

    fn formats_as_number(&self, v: Value) -> bool {
        self.formats_as_int(v) || matches!(v, Value::Float(_))
    }

    /// Writes an int-like value; anything but an int goes through `int()`'s
    /// rules first.
    pub(super) fn write_int_value(
        &mut self,
        out: &mut Vec<u8>,
        v: Value,
        style: &IntStyle,
        field: &Field,
    ) -> PyResult<()> {
        let v = match v {
            Value::Bool(b) => Value::Int(b as i64),
            v if self.formats_as_int(v) => v,
            v => Value::Int(self.int_arg(v)?),
        };
        match v {
            Value::Int(i) => write_int(out, IntRef::Small(i), style, field),
            Value::Obj(r) => {
                if let Object::BigInt(b) = self.heap.get(r) {
                    let b = b.clone();
                    write_int(out, IntRef::Big(&b), style, field);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `%c` and `{:c}`: the character of an int code point.
    pub(super) fn write_char(&mut self, out: &mut Vec<u8>, v: Value, field: &Field) -> PyResult<()> {
        let c = self.int_arg(v)?;
        if i32::try_from(c).is_err() {
            // Read into a machine word first, as on a 32-bit board.
            return Err(self.word_overflow());
        }
        let ch = match u32::try_from(c).ok().and_then(char::from_u32) {
            Some(ch) => ch,
            None if (0..0x110000).contains(&c) => '\u{fffd}',
            None => return Err(self.err(ExcKind::OverflowError, "char not in range(0x110000)")),
        };
        let mut buf = [0u8; 4];
        field.write(out, ch.encode_utf8(&mut buf).as_bytes());
        Ok(())
    }

    /// The bytes of `str(v)` or `repr(v)`.
    pub(super) fn printed(&mut self, v: Value, repr: bool) -> PyResult<Vec<u8>> {
        Ok(if repr { self.repr(v)? } else { self.str(v)? }.into_bytes())
    }

    fn unknown_format_code(&mut self, kind: u8, type_name: &str) -> Exc {
        self.value_error(format!("unknown format code '{}' for object of type '{type_name}'", kind as char))
    }

    /// One replacement field: `arg`, converted by `!s`/`!r` (`conversion`)
    /// if asked, written by `spec`. With neither, the field is `str(arg)`.
    pub(super) fn format_field(
        &mut self,
        out: &mut Vec<u8>,
        arg: Value,
        conversion: Option<u8>,
        spec: Option<&[u8]>,
    ) -> PyResult<()> {
        let conversion = conversion.or(if spec.is_none() { Some(b's') } else { None });
        let text = match conversion {
            Some(c) => Some(self.printed(arg, c == b'r')?),
            None => None,
        };
        let spec = Spec::read(spec.unwrap_or(b"")).map_err(|m| self.value_error(m))?;
        self.check_width(spec.width, spec.precision.unwrap_or(-1))?;
        let numeric = text.is_none() && self.formats_as_number(arg);
        let field = spec.field(numeric);
        if spec.sign != Sign::OnlyMinus {
            match spec.kind {
                Some(b's') => return Err(self.value_error("sign not allowed in string format specifier")),
                Some(b'c') => {
                    return Err(self.value_error("sign not allowed with integer format specifier 'c'"));
                }
                _ => {}
            }
        }
        match text {
            None if numeric => self.format_number(out, arg, &spec, &field),
            _ => self.format_text(out, arg, text, &spec, &field),
        }
    }

    fn format_number(&mut self, out: &mut Vec<u8>, arg: Value, spec: &Spec, field: &Field) -> PyResult<()> {
        let as_int =
            |radix, upper| IntStyle { radix, upper, sign: spec.sign, alternate: spec.alternate, min_digits: 0 };
        if self.formats_as_int(arg) {
            let style = match spec.kind {
                None | Some(b'n' | b'd') => as_int(10, false),
                Some(b'b') => as_int(2, false),
                Some(b'o') => as_int(8, false),
                Some(b'x') => as_int(16, false),
                Some(b'X') => as_int(16, true),
                Some(b'c') => return self.write_char(out, arg, field),
                Some(b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%') => {
                    return self.format_float(out, arg, spec, field)
                }
                Some(k) => {
                    let t = self.type_name(arg);
                    return Err(self.unknown_format_code(k, &t));
                }
            };
            return self.write_int_value(out, arg, &style, field);
        }
        self.format_float(out, arg, spec, field)
    }

    fn format_float(&mut self, out: &mut Vec<u8>, arg: Value, spec: &Spec, field: &Field) -> PyResult<()> {
        let kind = match spec.kind {
            None | Some(b'n') => b'g',
            Some(k) => k,
        };
        let x = self.float_arg(arg)?;
        let precision = spec.precision.map_or(Precision::Default, |p| Precision::Digits(p as i32));
        match kind {
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                write_float(out, x, &FloatStyle::of_letter(kind, precision, spec.sign), field, false)
            }
            b'%' => write_float(out, x * 100.0, &FloatStyle::of_letter(b'f', precision, spec.sign), field, true),
            k => {
                let t = self.type_name(arg);
                return Err(self.unknown_format_code(k, &t));
            }
        }
        Ok(())
    }

    /// A field whose value is text: the `!s`/`!r` of `arg`, or `arg` itself
    /// when it is a str or bytes.
    fn format_text(
        &mut self,
        out: &mut Vec<u8>,
        arg: Value,
        text: Option<Vec<u8>>,
        spec: &Spec,
        field: &Field,
    ) -> PyResult<()> {
        if spec.align == Some(b'=') {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        let shown_type = if text.is_some() { "str".to_string() } else { self.type_name(arg) };
        if let Some(
            k @ (b'b' | b'c' | b'd' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'n' | b'o' | b'x' | b'X' | b'%'),
        ) = spec.kind
        {
            return Err(self.unknown_format_code(k, &shown_type));
        }
        let text = match text {
            Some(t) => t,
            None => match arg.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Str(s)) => s.as_str().as_bytes().to_vec(),
                Some(Object::Bytes(b)) => b.clone(),
                _ => return Err(self.type_error(format!("can't convert '{shown_type}' object to str implicitly"))),
            },
        };
        let shown = spec.precision.map_or(text.len(), |p| text.len().min(p as usize));
        field.write(out, &text[..shown]);
        Ok(())
    }

    /// An f-string field: conversion 1 `!s`, 2 `!r` (3 `!a` is `!r`),
    /// then the format spec.
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Option<Value>) -> PyResult<Value> {
        let conversion = match conv {
            1 => Some(b's'),
            2 | 3 => Some(b'r'),
            _ => None,
        };
        let spec_bytes = spec.map(|s| self.str_of(s).as_bytes().to_vec()).filter(|s| !s.is_empty());
        // A plain `{x}` of a str is the str itself.
        if conversion.is_none() && spec_bytes.is_none() && self.as_str(v).is_some() {
            return Ok(v);
        }
        let mut out = vec![];
        self.format_field(&mut out, v, conversion, spec_bytes.as_deref())?;
        Ok(self.new_str(String::from_utf8_lossy(&out).into_owned()))
    }

    /// Widths and precisions past [`MAX_WIDTH`] are a MemoryError, as the
    /// board could not allocate them.
    pub(super) fn check_width(&mut self, width: i64, precision: i64) -> PyResult<()> {
        if width > MAX_WIDTH || precision > MAX_WIDTH {
            return Err(self.memory_error());
        }
        Ok(())
    }
}
