//! The object side of formatting, MicroPython's way (`py/objstr.c`):
//! `str.format`, f-strings (which MicroPython compiles to `str.format`) and
//! `%` on str and bytes. Text is built as bytes, as MicroPython does, so
//! widths count bytes; the padding and number printing are in
//! `crate::format::mp_print` and `crate::format::mp_float`.

use super::error::{Exc, ExcKind, PyResult};
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::format::bigint::IntRef;
use crate::format::mp_float::print_float;
use crate::format::mp_print::{self as p, print_int, print_strn};
use crate::format::{ErrorKind, FormatError};

/// A parsed `[[fill]align][sign][#][0][width][,][.precision][type]`.
struct Spec {
    fill: u8,
    align: u8,
    flags: u32,
    width: i64,
    precision: i64,
    ty: u8,
}

/// Digits at `s[*i..]` as a number (saturating), advancing `i`.
fn read_int(s: &[u8], i: &mut usize) -> i64 {
    let mut v: i64 = 0;
    while let Some(d) = s.get(*i).filter(|c| c.is_ascii_digit()) {
        v = v.saturating_mul(10).saturating_add((d - b'0') as i64);
        *i += 1;
    }
    v
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

    /// Whether MicroPython's formatters treat `v` as an integer: a bool or
    /// an exact int (subclass instances are not).
    fn looks_integer(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Object::BigInt(_)),
            _ => false,
        }
    }

    fn looks_numeric(&self, v: Value) -> bool {
        self.looks_integer(v) || matches!(v, Value::Float(_))
    }

    /// Print an int-like value (`mp_print_mp_int`): a non-int is converted
    /// with `int()`'s rules first.
    #[allow(clippy::too_many_arguments)]
    fn print_int_value(
        &mut self,
        out: &mut Vec<u8>,
        v: Value,
        base: u32,
        upper: bool,
        flags: u32,
        fill: u8,
        width: i64,
        prec: i64,
    ) -> PyResult<()> {
        let v = match v {
            Value::Bool(b) => Value::Int(b as i64),
            v if self.looks_integer(v) => v,
            v => Value::Int(self.int_arg(v)?),
        };
        match v {
            Value::Int(i) => print_int(out, IntRef::Small(i), base, upper, flags, fill, width, prec),
            Value::Obj(r) => {
                if let Object::BigInt(b) = self.heap.get(r) {
                    let b = b.clone();
                    print_int(out, IntRef::Big(&b), base, upper, flags, fill, width, prec);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `%c` and `{:c}`: an int code point, padded.
    fn print_char(&mut self, out: &mut Vec<u8>, v: Value, flags: u32, fill: u8, width: i64) -> PyResult<()> {
        let c = self.int_arg(v)?;
        let ch = match u32::try_from(c).ok().and_then(char::from_u32) {
            Some(ch) => ch,
            None if (0..0x110000).contains(&c) => '\u{fffd}',
            None => return Err(self.err(ExcKind::OverflowError, "char not in range(0x110000)")),
        };
        let mut buf = [0u8; 4];
        print_strn(out, ch.encode_utf8(&mut buf).as_bytes(), flags, fill, width);
        Ok(())
    }

    /// The bytes of `str(v)` or `repr(v)`.
    fn printed(&mut self, v: Value, repr: bool) -> PyResult<Vec<u8>> {
        Ok(if repr { self.repr(v)? } else { self.str(v)? }.into_bytes())
    }

    /// One replacement field: `arg` with its conversion (`s`, `r` or 0)
    /// and format spec, as `str.format` and f-strings render it.
    fn format_field(&mut self, out: &mut Vec<u8>, arg: Value, conversion: u8, spec: Option<&[u8]>) -> PyResult<()> {
        let conversion = if spec.is_none() && conversion == 0 { b's' } else { conversion };
        let mut arg = arg;
        let mut arg_text: Option<Vec<u8>> = None;
        if conversion != 0 {
            arg_text = Some(self.printed(arg, conversion == b'r')?);
            arg = Value::None;
        }
        let s = self.parse_spec(spec.unwrap_or(b""), arg_text.is_none() && self.looks_numeric(arg))?;
        let Spec { fill, align, mut flags, width, precision, ty } = s;
        if flags & (p::SHOW_SIGN | p::SPACE_SIGN) != 0 {
            if ty == b's' {
                return Err(self.value_error("sign not allowed in string format specifier"));
            }
            if ty == b'c' {
                return Err(self.value_error("sign not allowed with integer format specifier 'c'"));
            }
        }
        match align {
            b'<' => flags |= p::LEFT_ADJUST,
            b'=' => flags |= p::PAD_AFTER_SIGN,
            b'^' => flags |= p::CENTER_ADJUST,
            _ => {}
        }
        if arg_text.is_none() && self.looks_integer(arg) {
            match ty {
                b'b' => return self.print_int_value(out, arg, 2, false, flags, fill, width, 0),
                b'c' => return self.print_char(out, arg, flags, fill, width),
                0 | b'n' | b'd' => return self.print_int_value(out, arg, 10, false, flags, fill, width, 0),
                b'o' => {
                    if flags & p::SHOW_PREFIX != 0 {
                        flags |= p::SHOW_OCTAL_LETTER;
                    }
                    return self.print_int_value(out, arg, 8, false, flags, fill, width, 0);
                }
                b'X' | b'x' => return self.print_int_value(out, arg, 16, ty == b'X', flags, fill, width, 0),
                b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' => {}
                _ => return Err(self.unknown_format_code(ty, arg)),
            }
        }
        if arg_text.is_none() && self.looks_numeric(arg) {
            let ty = if ty == 0 || ty == b'n' { b'g' } else { ty };
            let f = self.float_arg(arg)?;
            let prec = precision.clamp(-1, i32::MAX as i64) as i32;
            match ty {
                b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => print_float(out, f, ty, flags, fill, width, prec),
                b'%' => print_float(out, f * 100.0, b'f', flags | p::ADD_PERCENT, fill, width, prec),
                _ => return Err(self.unknown_format_code(ty, arg)),
            }
            return Ok(());
        }
        if align == b'=' {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        match ty {
            0 | b's' => {
                let text = match arg_text {
                    Some(t) => t,
                    None => match arg.as_obj().map(|r| self.heap.get(r)) {
                        Some(Object::Str(s)) => s.as_str().as_bytes().to_vec(),
                        Some(Object::Bytes(b)) => b.clone(),
                        _ => {
                            let t = self.type_name(arg);
                            return Err(self.type_error(format!("can't convert '{t}' object to str implicitly")));
                        }
                    },
                };
                let n = if precision < 0 { text.len() } else { text.len().min(precision as usize) };
                print_strn(out, &text[..n], flags, fill, width);
                Ok(())
            }
            _ => {
                let shown = match arg_text {
                    Some(_) => "str".to_string(),
                    None => self.type_name(arg),
                };
                Err(self.value_error(format!("unknown format code '{}' for object of type '{shown}'", ty as char)))
            }
        }
    }

    fn unknown_format_code(&mut self, ty: u8, arg: Value) -> Exc {
        let t = self.type_name(arg);
        self.value_error(format!("unknown format code '{}' for object of type '{t}'", ty as char))
    }

    fn parse_spec(&mut self, s: &[u8], numeric: bool) -> PyResult<Spec> {
        let is_align = |c: Option<&u8>| matches!(c, Some(b'<' | b'>' | b'=' | b'^'));
        let mut i = 0;
        let (mut fill, mut align) = (0u8, 0u8);
        let mut flags = 0;
        if is_align(s.first()) {
            align = s[0];
            i = 1;
        } else if !s.is_empty() && is_align(s.get(1)) {
            fill = s[0];
            align = s[1];
            i = 2;
        }
        match s.get(i) {
            Some(b'+') => {
                flags |= p::SHOW_SIGN;
                i += 1;
            }
            Some(b' ') => {
                flags |= p::SPACE_SIGN;
                i += 1;
            }
            Some(b'-') => i += 1,
            _ => {}
        }
        if s.get(i) == Some(&b'#') {
            flags |= p::SHOW_PREFIX;
            i += 1;
        }
        if s.get(i) == Some(&b'0') {
            if align == 0 && numeric {
                align = b'=';
            }
            if fill == 0 {
                fill = b'0';
            }
        }
        let width = if s.get(i).is_some_and(|c| c.is_ascii_digit()) { read_int(s, &mut i) } else { -1 };
        if let Some(&c @ (b',' | b'_')) = s.get(i) {
            flags |= (c as u32) << p::SEP_POS;
            i += 1;
        }
        let mut precision = -1;
        if s.get(i) == Some(&b'.') {
            i += 1;
            precision = if s.get(i).is_some_and(|c| c.is_ascii_digit()) { read_int(s, &mut i) } else { -1 };
        }
        let mut ty = 0;
        if let Some(&c) = s.get(i).filter(|c| b"bcdeEfFgGnosxX%".contains(c)) {
            ty = c;
            i += 1;
        }
        if i < s.len() {
            return Err(self.value_error("invalid format specifier"));
        }
        if align == 0 {
            align = if numeric { b'>' } else { b'<' };
        }
        if fill == 0 {
            fill = b' ';
        }
        if width > p::MAX_WIDTH || precision > p::MAX_WIDTH {
            return Err(self.memory_error());
        }
        Ok(Spec { fill, align, flags, width, precision, ty })
    }

    /// An f-string field: conversion 1 `!s`, 2 `!r` (3 `!a` is `!r`),
    /// then the format spec.
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Option<Value>) -> PyResult<Value> {
        let conversion = match conv {
            1 => b's',
            2 | 3 => b'r',
            _ => 0,
        };
        let spec_bytes = spec.map(|s| self.str_of(s).as_bytes().to_vec());
        // A plain `{x}` of a str is the str itself.
        if conversion == 0 && spec_bytes.as_ref().is_none_or(|s| s.is_empty()) && self.as_str(v).is_some() {
            return Ok(v);
        }
        let mut out = vec![];
        let spec_ref = spec_bytes.as_deref().filter(|s| !s.is_empty());
        self.format_field(&mut out, v, conversion, spec_ref)?;
        Ok(self.new_str(String::from_utf8_lossy(&out).into_owned()))
    }

    /// `template.format(*args, **kwargs)`.
    pub fn str_format(&mut self, template: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
        let mut arg_i: i64 = 0;
        let out = self.format_template(template.as_bytes(), &mut arg_i, args, kwargs)?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// `mp_obj_str_format_helper`: the template loop, also run on nested
    /// format specs (which share the automatic field counter).
    fn format_template(
        &mut self,
        s: &[u8],
        arg_i: &mut i64,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(s.len() + 16);
        let mut i = 0;
        let top = s.len();
        while i < top {
            let c = s[i];
            if c == b'}' {
                i += 1;
                if s.get(i) == Some(&b'}') {
                    out.push(b'}');
                    i += 1;
                    continue;
                }
                return Err(self.value_error("single '}' encountered in format string"));
            }
            if c != b'{' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if s.get(i) == Some(&b'{') {
                out.push(b'{');
                i += 1;
                continue;
            }
            let stop = |c: u8| matches!(c, b'}' | b'!' | b':');
            let mut field: Option<(usize, usize)> = None;
            if i < top && !stop(s[i]) {
                let start = i;
                while i < top && !stop(s[i]) {
                    i += 1;
                }
                field = Some((start, i));
            }
            let mut conversion = 0u8;
            if s.get(i) == Some(&b'!') {
                i += 1;
                match s.get(i) {
                    Some(&c @ (b'r' | b's')) => {
                        conversion = c;
                        i += 1;
                    }
                    Some(&c) => {
                        return Err(self.value_error(format!("unknown conversion specifier {}", c as char)));
                    }
                    None => return Err(self.value_error("end of format while looking for conversion specifier")),
                }
            }
            let mut spec: Option<(usize, usize)> = None;
            if s.get(i) == Some(&b':') {
                i += 1;
                if s.get(i) != Some(&b'}') {
                    let start = i;
                    let mut nest = 1;
                    while i < top {
                        if s[i] == b'{' {
                            nest += 1;
                        } else if s[i] == b'}' {
                            nest -= 1;
                            if nest == 0 {
                                break;
                            }
                        }
                        i += 1;
                    }
                    spec = Some((start, i));
                }
            }
            if i >= top {
                return Err(self.value_error("unmatched '{' in format"));
            }
            if s[i] != b'}' {
                return Err(self.value_error("expected ':' after format specifier"));
            }
            i += 1;
            let arg = match field {
                Some((a, b)) => {
                    let name = &s[a..b];
                    let arg;
                    let rest;
                    if name[0].is_ascii_digit() {
                        if *arg_i > 0 {
                            return Err(self.value_error(
                                "can't switch from automatic field numbering to manual field specification",
                            ));
                        }
                        let mut j = 0;
                        let index = read_int(name, &mut j);
                        arg = match usize::try_from(index).ok().and_then(|k| args.get(k)) {
                            Some(&v) => v,
                            None => return Err(self.err(ExcKind::IndexError, "tuple index out of range")),
                        };
                        rest = &name[j..];
                        *arg_i = -1;
                    } else {
                        let end = name.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(name.len());
                        let key = String::from_utf8_lossy(&name[..end]).into_owned();
                        arg = match kwargs.iter().find(|(k, _)| self.str_of(*k) == key) {
                            Some(&(_, v)) => v,
                            None => {
                                let k = self.new_str(key);
                                return Err(self.key_error(k));
                            }
                        };
                        rest = &name[end..];
                    }
                    if !rest.is_empty() {
                        return Err(self.err(ExcKind::NotImplementedError, "attributes not supported"));
                    }
                    arg
                }
                None => {
                    if *arg_i < 0 {
                        return Err(self
                            .value_error("can't switch from manual field specification to automatic field numbering"));
                    }
                    let v = match args.get(*arg_i as usize) {
                        Some(&v) => v,
                        None => return Err(self.err(ExcKind::IndexError, "tuple index out of range")),
                    };
                    *arg_i += 1;
                    v
                }
            };
            let spec_text = match spec {
                Some((a, b)) => Some(self.format_template(&s[a..b], arg_i, args, kwargs)?),
                None => None,
            };
            self.format_field(&mut out, arg, conversion, spec_text.as_deref())?;
        }
        Ok(out)
    }

    /// `template % args` for a str or bytes template (MicroPython's
    /// `str_modulo_format`).
    pub fn percent_format(&mut self, template: Value, args: Value) -> PyResult<Value> {
        let (pattern, is_bytes) = match template.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Str(s)) => (s.as_str().as_bytes().to_vec(), false),
            Some(Object::Bytes(b)) => (b.clone(), true),
            _ => return Err(self.type_error("format requires a str or bytes")),
        };
        let (items, dict): (Vec<Value>, Option<Value>) = match args.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(t)) => (t.to_vec(), None),
            Some(Object::Dict(_)) => (vec![args], Some(args)),
            _ => (vec![args], None),
        };
        let out = self.percent_render(&pattern, is_bytes, &items, dict)?;
        Ok(if is_bytes { self.new_bytes(out) } else { self.new_str(String::from_utf8_lossy(&out).into_owned()) })
    }

    fn percent_render(&mut self, s: &[u8], is_bytes: bool, args: &[Value], dict: Option<Value>) -> PyResult<Vec<u8>> {
        let not_enough = |vm: &mut Vm| vm.type_error("format string needs more arguments");
        let incomplete = |vm: &mut Vm| vm.value_error("incomplete format");
        let mut out = Vec::with_capacity(s.len() + 16);
        let mut arg_i = 0usize;
        let top = s.len();
        let mut i = 0;
        while i < top {
            if s[i] != b'%' {
                out.push(s[i]);
                i += 1;
                continue;
            }
            i += 1;
            if i >= top {
                return Err(incomplete(self));
            }
            if s[i] == b'%' {
                out.push(b'%');
                i += 1;
                continue;
            }
            let mut arg = None;
            if s[i] == b'(' {
                let Some(d) = dict else {
                    return Err(self.type_error("format needs a dict"));
                };
                arg_i = 1;
                i += 1;
                let key_start = i;
                while i < top && s[i] != b')' {
                    i += 1;
                }
                if i >= top {
                    return Err(self.value_error("incomplete format key"));
                }
                let key = String::from_utf8_lossy(&s[key_start..i]).into_owned();
                let k = self.new_str(key);
                arg = Some(match self.dict_get(d, k)? {
                    Some(v) => v,
                    None => return Err(self.key_error(k)),
                });
                i += 1;
            }
            let mut flags = 0;
            let mut fill = b' ';
            let mut alt = 0;
            while i < top {
                match s[i] {
                    b'-' => flags |= p::LEFT_ADJUST,
                    b'+' => flags |= p::SHOW_SIGN,
                    b' ' => flags |= p::SPACE_SIGN,
                    b'#' => alt = p::SHOW_PREFIX,
                    b'0' => {
                        flags |= p::PAD_AFTER_SIGN;
                        fill = b'0';
                    }
                    _ => break,
                }
                i += 1;
            }
            let mut width = 0;
            if i < top {
                if s[i] == b'*' {
                    let Some(&w) = args.get(arg_i) else { return Err(not_enough(self)) };
                    arg_i += 1;
                    width = self.int_arg(w)?;
                    i += 1;
                } else {
                    width = read_int(s, &mut i);
                }
            }
            let mut prec = -1;
            if i < top && s[i] == b'.' {
                i += 1;
                if i < top {
                    if s[i] == b'*' {
                        let Some(&pv) = args.get(arg_i) else { return Err(not_enough(self)) };
                        arg_i += 1;
                        prec = self.int_arg(pv)?;
                        i += 1;
                    } else {
                        prec = read_int(s, &mut i);
                    }
                }
            }
            if i >= top {
                return Err(incomplete(self));
            }
            if width > p::MAX_WIDTH || prec > p::MAX_WIDTH {
                return Err(self.memory_error());
            }
            let arg = match arg {
                Some(a) => a,
                None => {
                    let Some(&a) = args.get(arg_i) else { return Err(not_enough(self)) };
                    arg_i += 1;
                    a
                }
            };
            let conv = s[i];
            match conv {
                b'c' => {
                    if let Some(text) = self.as_str(arg) {
                        if text.len() != 1 {
                            return Err(self.type_error("%c needs int or char"));
                        }
                        let b = text.as_bytes()[0];
                        print_strn(&mut out, &[b], flags, b' ', width);
                    } else if self.looks_integer(arg) {
                        self.print_char(&mut out, arg, flags, b' ', width)?;
                    } else {
                        return Err(self.type_error("integer needed"));
                    }
                }
                b'd' | b'i' | b'u' => {
                    let v = match arg {
                        Value::Float(f) => crate::objects::int::float_to_int(self, f)?,
                        v => v,
                    };
                    self.print_int_value(&mut out, v, 10, false, flags, fill, width, prec)?;
                }
                b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                    let f = self.float_arg(arg)?;
                    print_float(&mut out, f, conv, flags, fill, width, prec.clamp(-1, i32::MAX as i64) as i32);
                }
                b'o' => {
                    if alt != 0 {
                        flags |= p::SHOW_PREFIX | p::SHOW_OCTAL_LETTER;
                    }
                    self.print_int_value(&mut out, arg, 8, false, flags, fill, width, prec)?;
                }
                b'r' | b's' => {
                    let raw = if conv == b's' && is_bytes {
                        match arg.as_obj().map(|r| self.heap.get(r)) {
                            Some(Object::Bytes(b)) => Some(b.clone()),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let text = match raw {
                        Some(b) => b,
                        None => self.printed(arg, conv == b'r')?,
                    };
                    let n = if prec < 0 { text.len() } else { text.len().min(prec as usize) };
                    print_strn(&mut out, &text[..n], flags, b' ', width);
                }
                b'X' | b'x' => {
                    self.print_int_value(&mut out, arg, 16, conv == b'X', flags | alt, fill, width, prec)?;
                }
                c => {
                    let shown = String::from_utf8_lossy(&s[i..]).chars().next().unwrap_or('?');
                    return Err(
                        self.value_error(format!("unsupported format character '{shown}' (0x{:x}) at index {i}", c))
                    );
                }
            }
            i += 1;
        }
        if dict.is_none() && arg_i != args.len() {
            return Err(self.type_error("format string didn't convert all arguments"));
        }
        Ok(out)
    }
}
