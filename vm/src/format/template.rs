//! `str.format` templates: literal text and `{name.attr[key]!conv:spec}`
//! replacement fields, with automatic numbering resolved here.
//!
//! The scanner follows CPython's `MarkupIterator` / `parse_field`
//! (Objects/stringlib/unicode_format.h) so odd templates split the same
//! way; error wording is MicroPython's where it has the same check.

use super::error::{ErrorKind, FormatError, Result};

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Literal(String),
    Field(Field),
}

/// A replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Which argument: automatic numbers are already resolved to indices.
    pub arg: FieldArg,
    /// `.attr` and `[key]` lookups applied to the argument, in order.
    pub accessors: Vec<Accessor>,
    /// `!r`, `!s` or `!a`.
    pub conversion: Option<char>,
    /// The format spec. It may contain nested fields (`{:{width}}`): the VM
    /// formats those, joins the pieces and parses the result as a
    /// `FormatSpec`. Use [`Field::literal_spec`] for the common case.
    pub spec: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    /// Positional argument (`{0}`, or `{}` numbered automatically).
    Index(usize),
    /// Keyword argument (`{name}`).
    Name(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`
    Attr(String),
    /// `[3]`: an all-digit key is an integer index.
    Index(usize),
    /// `[key]`: any other key is a string.
    Key(String),
}

impl Field {
    /// The spec text when it has no nested fields, else `None`.
    pub fn literal_spec(&self) -> Option<String> {
        let mut text = String::new();
        for piece in &self.spec {
            match piece {
                Piece::Literal(s) => text.push_str(s),
                Piece::Field(_) => return None,
            }
        }
        Some(text)
    }
}

/// Numbering state shared by a template and the fields nested in its specs.
#[derive(Default)]
struct Numbering {
    next_auto: usize,
    used_auto: bool,
    used_manual: bool,
}

impl Numbering {
    fn auto(&mut self) -> Result<usize> {
        if self.used_manual {
            return Err(FormatError::value(
                "can't switch from manual field specification to automatic field numbering",
            ));
        }
        self.used_auto = true;
        self.next_auto += 1;
        Ok(self.next_auto - 1)
    }

    fn manual(&mut self, index: usize) -> Result<usize> {
        if self.used_auto {
            return Err(FormatError::value(
                "can't switch from automatic field numbering to manual field specification",
            ));
        }
        self.used_manual = true;
        Ok(index)
    }
}

/// Parse a `str.format` template.
pub fn parse_template(text: &str) -> Result<Vec<Piece>> {
    let chars: Vec<char> = text.chars().collect();
    parse_pieces(&chars, &mut Numbering::default(), 2)
}

fn parse_pieces(chars: &[char], numbering: &mut Numbering, depth: u32) -> Result<Vec<Piece>> {
    if depth == 0 {
        return Err(FormatError::value("Max string recursion exceeded"));
    }
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' | '}' if chars.get(pos) == Some(&c) => {
                literal.push(c);
                pos += 1;
            }
            '}' => return Err(FormatError::value("single '}' encountered in format string")),
            '{' => {
                // The field runs to the '}' that balances this '{'.
                let start = pos;
                let mut depth_count = 1;
                let mut nested = false;
                while pos < chars.len() {
                    match chars[pos] {
                        '{' => {
                            nested = true;
                            depth_count += 1;
                        }
                        '}' => depth_count -= 1,
                        _ => {}
                    }
                    pos += 1;
                    if depth_count == 0 {
                        break;
                    }
                }
                if depth_count != 0 {
                    return Err(FormatError::value("unmatched '{' in format"));
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                let field = parse_field(&chars[start..pos - 1], nested, numbering, depth)?;
                pieces.push(Piece::Field(field));
            }
            _ => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

fn parse_field(body: &[char], nested: bool, numbering: &mut Numbering, depth: u32) -> Result<Field> {
    // The name ends at '!' or ':' outside brackets.
    let mut pos = 0;
    let mut terminator = None;
    while pos < body.len() {
        match body[pos] {
            '[' => {
                while pos < body.len() && body[pos] != ']' {
                    pos += 1;
                }
                if pos < body.len() {
                    pos += 1;
                }
                continue;
            }
            '{' => return Err(FormatError::value("unexpected '{' in field name")),
            c @ ('!' | ':') => {
                terminator = Some(c);
                break;
            }
            _ => pos += 1,
        }
    }
    let name = &body[..pos];
    let mut conversion = None;
    let mut spec_chars: &[char] = &[];
    if terminator.is_some() {
        pos += 1;
        if terminator == Some('!') {
            let c = *body
                .get(pos)
                .ok_or_else(|| FormatError::value("end of format while looking for conversion specifier"))?;
            pos += 1;
            if !matches!(c, 'r' | 's' | 'a') {
                return Err(FormatError::value(format!("unknown conversion specifier {}", c)));
            }
            conversion = Some(c);
            match body.get(pos) {
                None => {}
                Some(':') => pos += 1,
                Some(_) => return Err(FormatError::value("expected ':' after format specifier")),
            }
        }
        spec_chars = &body[pos.min(body.len())..];
    }

    let (arg, accessors) = parse_field_name(name, numbering)?;
    let spec = if nested {
        parse_pieces(spec_chars, numbering, depth - 1)?
    } else if spec_chars.is_empty() {
        Vec::new()
    } else {
        vec![Piece::Literal(spec_chars.iter().collect())]
    };
    Ok(Field { arg, accessors, conversion, spec })
}

fn parse_index(digits: &[char]) -> Result<Option<usize>> {
    if digits.is_empty() || !digits.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in digits {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(c.to_digit(10).unwrap_or(0) as usize))
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

fn parse_field_name(name: &[char], numbering: &mut Numbering) -> Result<(FieldArg, Vec<Accessor>)> {
    let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        FieldArg::Index(numbering.auto()?)
    } else if let Some(index) = parse_index(first)? {
        FieldArg::Index(numbering.manual(index)?)
    } else {
        FieldArg::Name(first.iter().collect())
    };

    let mut accessors = Vec::new();
    let mut pos = first_end;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        let start = pos;
        match c {
            '.' => {
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                if pos == start {
                    return Err(FormatError::value("Empty attribute in format string"));
                }
                accessors.push(Accessor::Attr(name[start..pos].iter().collect()));
            }
            '[' => {
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    return Err(FormatError::value("Missing ']' in format string"));
                }
                if pos == start {
                    return Err(FormatError::value("Empty attribute in format string"));
                }
                let key = &name[start..pos];
                pos += 1;
                accessors.push(match parse_index(key)? {
                    Some(index) => Accessor::Index(index),
                    None => Accessor::Key(key.iter().collect()),
                });
                if pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    return Err(FormatError::value("Only '.' or '[' may follow ']' in format field specifier"));
                }
            }
            _ => return Err(FormatError::value("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok((arg, accessors))
}

/// The error the VM raises when a field names a positional argument that
/// was not given (MicroPython's wording).
pub fn index_out_of_range() -> FormatError {
    FormatError { kind: ErrorKind::IndexError, message: "tuple index out of range".to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Piece {
        Piece::Literal(s.to_string())
    }

    fn field(arg: FieldArg, accessors: Vec<Accessor>, conversion: Option<char>, spec: &str) -> Piece {
        let spec = if spec.is_empty() { vec![] } else { vec![lit(spec)] };
        Piece::Field(Field { arg, accessors, conversion, spec })
    }

    fn err(text: &str) -> String {
        parse_template(text).unwrap_err().message
    }

    #[test]
    fn literals_and_escapes() {
        assert_eq!(parse_template("").unwrap(), vec![]);
        assert_eq!(parse_template("abc").unwrap(), vec![lit("abc")]);
        assert_eq!(parse_template("a{{b}}c").unwrap(), vec![lit("a{b}c")]);
        assert_eq!(parse_template("{{}}").unwrap(), vec![lit("{}")]);
    }

    #[test]
    fn fields() {
        use FieldArg::*;
        assert_eq!(
            parse_template("x{}y{}").unwrap(),
            vec![lit("x"), field(Index(0), vec![], None, ""), lit("y"), field(Index(1), vec![], None, "")]
        );
        assert_eq!(
            parse_template("{1!r:>10}{0}").unwrap(),
            vec![field(Index(1), vec![], Some('r'), ">10"), field(Index(0), vec![], None, "")]
        );
        assert_eq!(
            parse_template("{name.real[0][key]:x}").unwrap(),
            vec![field(
                Name("name".into()),
                vec![Accessor::Attr("real".into()), Accessor::Index(0), Accessor::Key("key".into())],
                None,
                "x"
            )]
        );
        // ':' and '!' inside brackets belong to the key.
        assert_eq!(
            parse_template("{0[a:b!c]}").unwrap(),
            vec![field(Index(0), vec![Accessor::Key("a:b!c".into())], None, "")]
        );
        assert_eq!(parse_template("{!s}").unwrap(), vec![field(Index(0), vec![], Some('s'), "")]);
        assert_eq!(parse_template("{:}").unwrap(), vec![field(Index(0), vec![], None, "")]);
        assert_eq!(parse_template("{ 0}").unwrap(), vec![field(Name(" 0".into()), vec![], None, "")]);
    }

    #[test]
    fn nested_specs_share_numbering() {
        let pieces = parse_template("{:{}.{}}").unwrap();
        let Piece::Field(f) = &pieces[0] else { panic!("not a field") };
        assert_eq!(f.arg, FieldArg::Index(0));
        assert_eq!(f.literal_spec(), None);
        assert_eq!(
            f.spec,
            vec![field(FieldArg::Index(1), vec![], None, ""), lit("."), field(FieldArg::Index(2), vec![], None, "")]
        );
        assert_eq!(err("{:{:{}}}"), "Max string recursion exceeded");
    }

    #[test]
    fn errors() {
        // CPython 3.11 raises ValueError for each of these; messages are
        // MicroPython's where it has the check.
        let cases = [
            ("}", "single '}' encountered in format string"),
            ("a}b", "single '}' encountered in format string"),
            ("{", "unmatched '{' in format"),
            ("{0", "unmatched '{' in format"),
            ("{0:{}", "unmatched '{' in format"),
            ("{}{0}", "can't switch from automatic field numbering to manual field specification"),
            ("{0}{}", "can't switch from manual field specification to automatic field numbering"),
            ("{!}", "end of format while looking for conversion specifier"),
            ("{!x}", "unknown conversion specifier x"),
            ("{!rr}", "expected ':' after format specifier"),
            ("{0.}", "Empty attribute in format string"),
            ("{0[}", "Missing ']' in format string"),
            ("{0[]}", "Empty attribute in format string"),
            ("{0[0]x}", "Only '.' or '[' may follow ']' in format field specifier"),
            ("{99999999999999999999999}", "Too many decimal digits in format string"),
        ];
        for (text, msg) in cases {
            assert_eq!(err(text), msg, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[{}!:.\\[\\]a0-9rsé]{0,16}") {
            let _ = parse_template(&text);
        }
    }
}
