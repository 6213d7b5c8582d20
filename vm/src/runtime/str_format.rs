//! `str.format`: the template read piece by piece (literal text and
//! `{name!conversion:spec}` fields), each field's argument looked up and
//! written by `formatting.rs`. Nested fields in a spec (`{:{width}}`) are
//! formatted first, sharing the automatic numbering.

use super::error::{ExcKind, PyResult};
use super::formatting::read_count;
use super::value::Value;
use super::vm::Vm;

/// One piece of a template.
enum Piece<'a> {
    /// Text copied as it is (`{{` and `}}` already undoubled).
    Text(&'a [u8]),
    Field(FieldRef<'a>),
}

/// A replacement field as written.
struct FieldRef<'a> {
    /// `0`, `name`, `name.attr`...; `None` for `{}`.
    name: Option<&'a [u8]>,
    conversion: Option<u8>,
    /// `None` for no spec or an empty one.
    spec: Option<&'a [u8]>,
}

/// The arguments of one `format` call and the automatic field counter.
struct Arguments<'a> {
    positional: &'a [Value],
    keywords: &'a [(Value, Value)],
    /// The next automatic field; `None` once a numbered field was used.
    next: Option<usize>,
    automatic_used: bool,
}

/// The piece of `s` that starts at `*i`, advancing `i`; `None` at the end.
/// The error is the ValueError message.
fn next_piece<'a>(s: &'a [u8], i: &mut usize) -> Result<Option<Piece<'a>>, String> {
    let start = *i;
    let Some(&first) = s.get(start) else { return Ok(None) };
    match (first, s.get(start + 1)) {
        (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
            *i += 2;
            return Ok(Some(Piece::Text(&s[start..start + 1])));
        }
        (b'}', _) => return Err("single '}' encountered in format string".into()),
        (b'{', _) => {}
        _ => {
            let end = s[start..].iter().position(|c| matches!(c, b'{' | b'}')).map_or(s.len(), |n| start + n);
            *i = end;
            return Ok(Some(Piece::Text(&s[start..end])));
        }
    }
    let mut j = start + 1;
    let name_end = s[j..].iter().position(|c| matches!(c, b'}' | b'!' | b':')).map_or(s.len(), |n| j + n);
    let name = (name_end > j).then(|| &s[j..name_end]);
    j = name_end;
    let mut conversion = None;
    if s.get(j) == Some(&b'!') {
        match s.get(j + 1) {
            Some(&c @ (b'r' | b's')) => conversion = Some(c),
            Some(&c) => return Err(format!("unknown conversion specifier {}", c as char)),
            None => return Err("end of format while looking for conversion specifier".into()),
        }
        j += 2;
    }
    let mut spec = None;
    if s.get(j) == Some(&b':') {
        j += 1;
        // The spec runs to the `}` that closes this field.
        let spec_start = j;
        let mut depth = 1;
        while let Some(&c) = s.get(j) {
            depth += (c == b'{') as i32 - (c == b'}') as i32;
            if depth == 0 {
                break;
            }
            j += 1;
        }
        spec = (j > spec_start).then(|| &s[spec_start..j.min(s.len())]);
    }
    match s.get(j) {
        None => Err("unmatched '{' in format".into()),
        Some(b'}') => {
            *i = j + 1;
            Ok(Some(Piece::Field(FieldRef { name, conversion, spec })))
        }
        Some(_) => Err("expected ':' after format specifier".into()),
    }
}

impl Vm {
    /// `template.format(*args, **kwargs)`.
    pub fn str_format(&mut self, template: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
        let mut arguments = Arguments { positional: args, keywords: kwargs, next: Some(0), automatic_used: false };
        let out = self.fill_template(template.as_bytes(), &mut arguments)?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn fill_template(&mut self, s: &[u8], arguments: &mut Arguments) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(s.len() + 16);
        let mut i = 0;
        loop {
            let piece = next_piece(s, &mut i).map_err(|m| self.value_error(m))?;
            match piece {
                None => return Ok(out),
                Some(Piece::Text(t)) => out.extend_from_slice(t),
                Some(Piece::Field(field)) => {
                    let arg = self.field_argument(field.name, arguments)?;
                    let spec = match field.spec {
                        Some(spec) => Some(self.fill_template(spec, arguments)?),
                        None => None,
                    };
                    self.format_field(&mut out, arg, field.conversion, spec.as_deref())?;
                }
            }
        }
    }

    /// The argument a field names: the next positional one, a numbered
    /// one, or a keyword. Attribute and item lookups are not supported.
    fn field_argument(&mut self, name: Option<&[u8]>, arguments: &mut Arguments) -> PyResult<Value> {
        let out_of_range = |vm: &mut Vm| vm.err(ExcKind::IndexError, "tuple index out of range");
        let Some(name) = name else {
            let Some(k) = arguments.next else {
                return Err(
                    self.value_error("can't switch from manual field specification to automatic field numbering")
                );
            };
            let Some(&v) = arguments.positional.get(k) else { return Err(out_of_range(self)) };
            arguments.next = Some(k + 1);
            arguments.automatic_used = true;
            return Ok(v);
        };
        let (arg, rest) = if name[0].is_ascii_digit() {
            if arguments.automatic_used {
                return Err(
                    self.value_error("can't switch from automatic field numbering to manual field specification")
                );
            }
            let mut j = 0;
            let index = read_count(name, &mut j).unwrap_or(0);
            let Some(&v) = usize::try_from(index).ok().and_then(|k| arguments.positional.get(k)) else {
                return Err(out_of_range(self));
            };
            arguments.next = None;
            (v, &name[j..])
        } else {
            let end = name.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(name.len());
            let key = String::from_utf8_lossy(&name[..end]).into_owned();
            let found = arguments.keywords.iter().find(|(k, _)| self.str_of(*k) == key).map(|&(_, v)| v);
            let Some(v) = found else {
                let k = self.new_str(key);
                return Err(self.key_error(k));
            };
            (v, &name[end..])
        };
        if !rest.is_empty() {
            return Err(self.err(ExcKind::NotImplementedError, "attributes not supported"));
        }
        Ok(arg)
    }
}
