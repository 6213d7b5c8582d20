//! The `%` operator on str and bytes: each `%` directive is read into a
//! [`Directive`], then its argument is written by it.
//!
//! Board behaviour kept: `%(key)s` takes its values from a dict and makes
//! the argument count unchecked, `%c` of a str takes its first byte, and
//! `%s` of bytes in a bytes template is the bytes themselves.

use super::error::PyResult;
use super::formatting::read_count;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::format::field::{Align, Field, Sign};
use crate::format::float_text::{write_float, FloatStyle, Precision};
use crate::format::int_text::IntStyle;

/// A width or precision: written out, or `*` (the next argument).
#[derive(Clone, Copy)]
enum Count {
    Given(i64),
    FromArgs,
}

/// One `%[flags][width][.precision]conversion` (after any `(key)`).
struct Directive {
    left: bool,
    sign: Sign,
    alternate: bool,
    zero: bool,
    width: Count,
    precision: Option<Count>,
    conversion: u8,
    /// Where the conversion letter is (for the error message).
    at: usize,
}

/// The directive at `s[*i..]`, advancing `i` past it; `None` when the
/// template ends first.
fn read_directive(s: &[u8], i: &mut usize) -> Option<Directive> {
    let (mut left, mut sign, mut alternate, mut zero) = (false, Sign::OnlyMinus, false, false);
    while let Some(&c) = s.get(*i) {
        match c {
            b'-' => left = true,
            b'+' => sign = Sign::Plus,
            b' ' if sign == Sign::OnlyMinus => sign = Sign::Space,
            b' ' => {}
            b'#' => alternate = true,
            b'0' => zero = true,
            _ => break,
        }
        *i += 1;
    }
    let count = |i: &mut usize| {
        if s.get(*i) == Some(&b'*') {
            *i += 1;
            Count::FromArgs
        } else {
            Count::Given(read_count(s, i).unwrap_or(0))
        }
    };
    let width = count(i);
    let mut precision = None;
    if s.get(*i) == Some(&b'.') {
        *i += 1;
        if *i < s.len() {
            precision = Some(count(i));
        }
    }
    let at = *i;
    let &conversion = s.get(at)?;
    *i += 1;
    Some(Directive { left, sign, alternate, zero, width, precision, conversion, at })
}

impl Directive {
    fn field(&self, width: i64) -> Field {
        Field {
            align: if self.left { Align::Left } else { Align::Right },
            after_sign: self.zero,
            fill: if self.zero { b'0' } else { b' ' },
            width,
            grouping: None,
        }
    }
}

/// The values a template draws from: a tuple's items, or one value.
struct Supply<'a> {
    items: &'a [Value],
    used: usize,
}

impl Vm {
    /// `template % args` for a str or bytes template.
    pub fn percent_format(&mut self, template: Value, args: Value) -> PyResult<Value> {
        let (pattern, is_bytes) = match template.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Str(s)) => (s.as_str().as_bytes().to_vec(), false),
            Some(Object::Bytes(b)) => (b.clone(), true),
            _ => return Err(self.type_error("format requires a str or bytes")),
        };
        let args = crate::modules::collections::namedtuple_items(self, args).unwrap_or(args);
        let (items, dict): (Vec<Value>, Option<Value>) = match args.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(t)) => (t.to_vec(), None),
            Some(Object::Dict(_)) => (vec![args], Some(args)),
            _ => (vec![args], None),
        };
        let out = self.fill_percent(&pattern, is_bytes, &items, dict)?;
        Ok(if is_bytes { self.new_bytes(out) } else { self.new_str(String::from_utf8_lossy(&out).into_owned()) })
    }

    fn next_supplied(&mut self, supply: &mut Supply) -> PyResult<Value> {
        let Some(&v) = supply.items.get(supply.used) else {
            return Err(self.type_error("format string needs more arguments"));
        };
        supply.used += 1;
        Ok(v)
    }

    fn resolve_count(&mut self, count: Count, supply: &mut Supply) -> PyResult<i64> {
        match count {
            Count::Given(n) => Ok(n),
            Count::FromArgs => {
                let v = self.next_supplied(supply)?;
                self.int_arg(v)
            }
        }
    }

    fn fill_percent(&mut self, s: &[u8], is_bytes: bool, items: &[Value], dict: Option<Value>) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(s.len() + 16);
        let mut supply = Supply { items, used: 0 };
        let mut i = 0;
        while i < s.len() {
            let literal_end = s[i..].iter().position(|&c| c == b'%').map_or(s.len(), |n| i + n);
            out.extend_from_slice(&s[i..literal_end]);
            i = literal_end + 1;
            if literal_end == s.len() {
                break;
            }
            if s.get(i) == Some(&b'%') {
                out.push(b'%');
                i += 1;
                continue;
            }
            if i >= s.len() {
                return Err(self.value_error("incomplete format"));
            }
            let mut keyed = None;
            if s[i] == b'(' {
                let Some(dict) = dict else { return Err(self.type_error("format needs a dict")) };
                let start = i + 1;
                let Some(close) = s[start..].iter().position(|&c| c == b')') else {
                    return Err(self.value_error("incomplete format key"));
                };
                // A keyed directive stops the argument count check.
                supply.used = 1;
                let k = self.new_str(String::from_utf8_lossy(&s[start..start + close]).into_owned());
                match self.dict_get(dict, k)? {
                    Some(v) => keyed = Some(v),
                    None => return Err(self.key_error(k)),
                }
                i = start + close + 1;
            }
            let Some(d) = read_directive(s, &mut i) else { return Err(self.value_error("incomplete format")) };
            let width = self.resolve_count(d.width, &mut supply)?;
            let precision = match d.precision {
                Some(c) => self.resolve_count(c, &mut supply)?,
                None => -1,
            };
            self.check_width(width, precision)?;
            let arg = match keyed {
                Some(v) => v,
                None => self.next_supplied(&mut supply)?,
            };
            self.write_directive(&mut out, &d, arg, width, precision, is_bytes, s)?;
        }
        if dict.is_none() && supply.used != items.len() {
            return Err(self.type_error("format string didn't convert all arguments"));
        }
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn write_directive(
        &mut self,
        out: &mut Vec<u8>,
        d: &Directive,
        arg: Value,
        width: i64,
        precision: i64,
        is_bytes: bool,
        template: &[u8],
    ) -> PyResult<()> {
        let field = d.field(width);
        let text_field = Field { fill: b' ', ..field };
        let int_style = |radix, upper| IntStyle { radix, upper, sign: d.sign, alternate: false, min_digits: precision };
        match d.conversion {
            b'c' => {
                if let Some(text) = self.as_str(arg) {
                    if text.len() != 1 {
                        return Err(self.type_error("%c needs int or char"));
                    }
                    let byte = text.as_bytes()[0];
                    text_field.write(out, &[byte]);
                } else if self.formats_as_int(arg) {
                    self.write_char(out, arg, &text_field)?;
                } else {
                    return Err(self.type_error("integer needed"));
                }
            }
            b'd' | b'i' | b'u' => {
                let v = match arg {
                    Value::Float(f) => crate::objects::int::float_to_int(self, f)?,
                    v => v,
                };
                self.write_int_value(out, v, &int_style(10, false), &field)?;
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let x = self.float_arg(arg)?;
                let precision = if precision < 0 { Precision::Default } else { Precision::Digits(precision as i32) };
                write_float(out, x, &FloatStyle::of_letter(d.conversion, precision, d.sign), &field, false);
            }
            b'o' | b'x' | b'X' => {
                let radix = if d.conversion == b'o' { 8 } else { 16 };
                let style = IntStyle { alternate: d.alternate, ..int_style(radix, d.conversion == b'X') };
                self.write_int_value(out, arg, &style, &field)?;
            }
            b'r' | b's' => {
                let raw = match arg.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Bytes(b)) if d.conversion == b's' && is_bytes => Some(b.clone()),
                    _ => None,
                };
                let text = match raw {
                    Some(b) => b,
                    None => self.printed(arg, d.conversion == b'r')?,
                };
                let shown = if precision < 0 { text.len() } else { text.len().min(precision as usize) };
                text_field.write(out, &text[..shown]);
            }
            c => {
                let shown = String::from_utf8_lossy(&template[d.at..]).chars().next().unwrap_or('?');
                return Err(
                    self.value_error(format!("unsupported format character '{shown}' (0x{c:x}) at index {}", d.at))
                );
            }
        }
        Ok(())
    }
}
