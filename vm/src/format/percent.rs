//! `str % args`: parse the template once into literal runs and conversion
//! specs, then render each conversion from an argument the VM has already
//! turned into text, an integer, a float or a character.
//!
//! The VM's loop: for each [`Piece::Conversion`], take the `*` width and
//! precision arguments (if any) then the value argument (or look the
//! value up by `key` in the mapping), call [`ConversionSpec::resolve`], and
//! call the `render_*` function that fits `conversion`:
//!
//! | conversion        | VM supplies                       | render with     |
//! |-------------------|-----------------------------------|-----------------|
//! | `s` `r` `a`       | `str()` / `repr()` / `ascii()` text | [`render_text`] |
//! | `d` `i` `u`       | the integer (`int()` of a float)   | [`render_int`]  |
//! | `o` `x` `X`       | the integer (floats are a TypeError)| [`render_int`] |
//! | `e E f F g G`     | the float                          | [`render_float`]|
//! | `c`               | the character (int or 1-char str)  | [`render_char`] |
//!
//! Afterwards, leftover positional arguments are [`not_all_converted`].

use super::bigint::IntRef;
use super::error::{FormatError, Result};
use super::float_format::unsigned_body;
use super::layout::pad;
use super::spec::{Align, MAX_COUNT};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    Conversion(ConversionSpec),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
}

/// A width or precision: written in the template, or `*` (the next
/// positional argument, which must be an int).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    Star,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionSpec {
    /// `%(key)s`: the value comes from the mapping argument.
    pub key: Option<String>,
    pub flags: Flags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// One of `s r a d i u o x X e E f F g G c`.
    pub conversion: char,
}

/// A conversion with its `*` counts filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub flags: Flags,
    pub width: usize,
    pub precision: Option<usize>,
    pub conversion: char,
}

impl ConversionSpec {
    /// How many positional arguments the `*` counts take (taken before the
    /// value itself).
    pub fn star_count(&self) -> usize {
        [self.width, self.precision].iter().filter(|c| **c == Some(Count::Star)).count()
    }

    /// Fill in `*` counts with the argument values the VM took, in order
    /// (width, then precision). A negative `*` width means left-justify; a
    /// negative `*` precision counts as 0, as in CPython. Counts above
    /// [`MAX_COUNT`] are a ValueError.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> Result<Resolved> {
        let checked = |v: u64, what: &str| {
            usize::try_from(v)
                .ok()
                .filter(|v| *v <= MAX_COUNT)
                .ok_or_else(|| FormatError::value(format!("{} too big", what)))
        };
        let mut flags = self.flags;
        let width = match self.width {
            Some(Count::Fixed(w)) => w,
            Some(Count::Star) => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.left = true;
                }
                checked(w.unsigned_abs(), "width")?
            }
            None => 0,
        };
        let precision = match self.precision {
            Some(Count::Fixed(p)) => Some(p),
            Some(Count::Star) => Some(checked(star_precision.unwrap_or(0).max(0) as u64, "precision")?),
            None => None,
        };
        Ok(Resolved { flags, width, precision, conversion: self.conversion })
    }
}

/// Parse a `%` template.
pub fn parse_percent(template: &str) -> Result<Vec<Piece>> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        match chars.get(pos) {
            None => return Err(FormatError::value("incomplete format")),
            Some('%') => {
                literal.push('%');
                pos += 1;
                continue;
            }
            Some(_) => {}
        }
        let spec = parse_conversion(&chars, &mut pos)?;
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(&mut literal)));
        }
        pieces.push(Piece::Conversion(spec));
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

fn parse_count(chars: &[char], pos: &mut usize, what: &str) -> Result<Option<Count>> {
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        return Ok(Some(Count::Star));
    }
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= MAX_COUNT)
            .ok_or_else(|| FormatError::value(format!("{} too big", what)))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(Count::Fixed(value)) })
}

/// Parse after the `%`; `pos` ends just past the conversion character.
fn parse_conversion(chars: &[char], pos: &mut usize) -> Result<ConversionSpec> {
    let mut key = None;
    if chars.get(*pos) == Some(&'(') {
        // Parentheses nest inside the key: '%(a(b))s' has key 'a(b)'.
        let start = *pos + 1;
        let mut depth = 1;
        *pos += 1;
        while depth > 0 {
            match chars.get(*pos) {
                None => return Err(FormatError::value("incomplete format key")),
                Some('(') => depth += 1,
                Some(')') => depth -= 1,
                Some(_) => {}
            }
            *pos += 1;
        }
        key = Some(chars[start..*pos - 1].iter().collect());
    }
    let mut flags = Flags::default();
    while let Some(&c) = chars.get(*pos) {
        match c {
            '-' => flags.left = true,
            '+' => flags.plus = true,
            ' ' => flags.space = true,
            '#' => flags.alternate = true,
            '0' => flags.zero = true,
            _ => break,
        }
        *pos += 1;
    }
    let width = parse_count(chars, pos, "width")?;
    let mut precision = None;
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        precision = Some(parse_count(chars, pos, "precision")?.unwrap_or(Count::Fixed(0)));
    }
    // C length modifiers are accepted and ignored.
    while matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    let conversion = *chars.get(*pos).ok_or_else(|| FormatError::value("incomplete format"))?;
    if !"sradiuoxXeEfFgGc".contains(conversion) {
        // CPython shows non-ASCII characters as '?' with their code.
        let shown = if conversion.is_ascii() && !conversion.is_ascii_control() { conversion } else { '?' };
        return Err(FormatError::value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, conversion as u32, pos
        )));
    }
    *pos += 1;
    Ok(ConversionSpec { key, flags, width, precision, conversion })
}

/// Pad a finished conversion to its width: left-justified with spaces for
/// `-`, otherwise right-justified, with zeros after the sign/prefix when
/// `zero_ok` and the `0` flag is set.
fn finish(r: &Resolved, body: &str, head_len: usize, zero_ok: bool) -> String {
    if r.flags.left {
        pad(body, 0, ' ', Align::Left, r.width)
    } else if zero_ok && r.flags.zero {
        pad(body, head_len, '0', Align::AfterSign, r.width)
    } else {
        pad(body, 0, ' ', Align::Right, r.width)
    }
}

fn sign_of(flags: Flags, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// `%s`, `%r`, `%a`: `text` is the `str()`/`repr()`/`ascii()` of the
/// argument. Precision truncates; the `0` flag does not apply.
pub fn render_text(r: &Resolved, text: &str) -> String {
    let text = match r.precision.and_then(|p| text.char_indices().nth(p)) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    finish(r, text, 0, false)
}

/// `%c`: the VM checks the argument (an int in `range(0x110000)` or a
/// one-character str; see [`char_errors`]).
pub fn render_char(r: &Resolved, c: char) -> String {
    finish(r, &c.to_string(), 0, false)
}

/// `%d %i %u %o %x %X`. Precision is a minimum digit count.
pub fn render_int(r: &Resolved, value: IntRef) -> String {
    let (radix, prefix) = match (r.conversion, r.flags.alternate) {
        ('o', true) => (8, "0o"),
        ('o', false) => (8, ""),
        ('x', true) => (16, "0x"),
        ('X', true) => (16, "0X"),
        ('x' | 'X', false) => (16, ""),
        _ => (10, ""),
    };
    let mut digits = value.magnitude_digits(radix);
    if r.conversion == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(p) = r.precision {
        if digits.len() < p {
            digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
        }
    }
    let sign = sign_of(r.flags, value.is_negative());
    let body = format!("{}{}{}", sign, prefix, digits);
    finish(r, &body, sign.len() + prefix.len(), true)
}

/// `%e %E %f %F %g %G` (default precision 6).
pub fn render_float(r: &Resolved, x: f64) -> String {
    let body = unsigned_body(x, r.conversion, Some(r.precision.unwrap_or(6)), r.flags.alternate);
    let sign = sign_of(r.flags, x.is_sign_negative() && !x.is_nan());
    finish(r, &format!("{}{}", sign, body), sign.len(), true)
}

/// TypeError when the template wants more positional arguments than given.
pub fn not_enough_arguments() -> FormatError {
    FormatError::type_error("not enough arguments for format string")
}

/// TypeError when positional arguments are left over.
pub fn not_all_converted() -> FormatError {
    FormatError::type_error("not all arguments converted during string formatting")
}

/// TypeError when a `%(key)` template gets no mapping (MicroPython's
/// wording; CPython says "format requires a mapping").
pub fn needs_mapping() -> FormatError {
    FormatError::type_error("format requires a dict")
}

/// The `%c` argument checks: `Err` for a str of the wrong length or an int
/// out of range, in the VM's order (str first, then int).
pub mod char_errors {
    use super::FormatError;

    pub fn requires_int_or_char() -> FormatError {
        FormatError::type_error("%c requires int or char")
    }

    pub fn not_in_range() -> FormatError {
        FormatError::overflow("%c arg not in range(0x110000)")
    }

    /// The character for an int argument, or the OverflowError.
    pub fn from_int(value: i64) -> Result<char, FormatError> {
        u32::try_from(value).ok().and_then(char::from_u32).ok_or_else(not_in_range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An argument as the test's miniature VM sees it.
    #[derive(Debug, Clone, Copy)]
    enum Arg {
        I(i64),
        F(f64),
        S(&'static str),
    }

    /// The VM side of `%`, reduced to three argument types: enough to
    /// drive every render function the way the VM will.
    fn percent(template: &str, args: &[Arg]) -> std::result::Result<String, String> {
        let pieces = parse_percent(template).map_err(|e| e.message)?;
        let mut next = args.iter();
        let mut out = String::new();
        let mut take = || next.next().copied().ok_or_else(|| not_enough_arguments().message);
        for piece in &pieces {
            let spec = match piece {
                Piece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                Piece::Conversion(spec) => spec,
            };
            let star = |a: Arg| match a {
                Arg::I(v) => Ok(v),
                _ => Err("* wants int".to_string()),
            };
            let w = if spec.width == Some(Count::Star) { Some(star(take()?)?) } else { None };
            let p = if spec.precision == Some(Count::Star) { Some(star(take()?)?) } else { None };
            let r = spec.resolve(w, p).map_err(|e| e.message)?;
            let arg = take()?;
            let text = match (spec.conversion, arg) {
                ('s', Arg::S(s)) => render_text(&r, s),
                ('r', Arg::S(s)) => render_text(&r, &format!("'{}'", s)),
                ('s' | 'r', Arg::I(v)) => render_text(&r, &v.to_string()),
                ('s' | 'r', Arg::F(v)) => render_text(&r, &super::super::float_repr::float_repr(v)),
                ('c', Arg::I(v)) => render_char(&r, char_errors::from_int(v).map_err(|e| e.message)?),
                ('c', Arg::S(s)) if s.chars().count() == 1 => render_char(&r, s.chars().next().unwrap_or(' ')),
                ('c', _) => return Err(char_errors::requires_int_or_char().message),
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::I(v)) => render_int(&r, IntRef::Small(v)),
                ('d' | 'i' | 'u', Arg::F(v)) => render_int(&r, IntRef::Small(v.trunc() as i64)),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::F(v)) => render_float(&r, v),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::I(v)) => render_float(&r, v as f64),
                _ => return Err("type error".to_string()),
            };
            out.push_str(&text);
        }
        if next.next().is_some() {
            return Err(not_all_converted().message);
        }
        Ok(out)
    }

    use Arg::{F, I, S};

    // (template, args, CPython 3.11 result or '!' + error message)
    const CASES: &[(&str, &[Arg], &str)] = include!("testdata/percent.in");

    #[test]
    fn matches_cpython() {
        for &(template, args, want) in CASES {
            let got = match percent(template, args) {
                Ok(s) => s,
                Err(e) => format!("!{}", e),
            };
            assert_eq!(got, want, "{:?} % {:?}", template, args);
        }
    }

    #[test]
    fn parses_keys_flags_and_stars() {
        let pieces = parse_percent("a%(x(y))-+ #0*.*lds%%").unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], Piece::Literal("a".into()));
        let Piece::Conversion(spec) = &pieces[1] else { panic!("not a conversion") };
        assert_eq!(spec.key.as_deref(), Some("x(y)"));
        assert_eq!(spec.flags, Flags { left: true, plus: true, space: true, alternate: true, zero: true });
        assert_eq!((spec.width, spec.precision, spec.conversion), (Some(Count::Star), Some(Count::Star), 'd'));
        assert_eq!(spec.star_count(), 2);
        assert_eq!(pieces[2], Piece::Literal("s%".into()));
        let r = spec.resolve(Some(-7), Some(-2)).unwrap();
        assert!(r.flags.left);
        assert_eq!((r.width, r.precision), (7, Some(0)));
        assert_eq!(spec.resolve(Some(i64::MIN), None).unwrap_err().message, "width too big");
        assert_eq!(spec.resolve(None, Some(1 << 40)).unwrap_err().message, "precision too big");
    }

    #[test]
    fn parse_errors() {
        let err = |t: &str| parse_percent(t).unwrap_err().message;
        assert_eq!(err("abc %"), "incomplete format");
        assert_eq!(err("%(a"), "incomplete format key");
        assert_eq!(err("%5"), "incomplete format");
        assert_eq!(err("%y"), "unsupported format character 'y' (0x79) at index 1");
        assert_eq!(err("ab%-5%"), "unsupported format character '%' (0x25) at index 5");
        assert_eq!(err("%é"), "unsupported format character '?' (0xe9) at index 1");
        assert_eq!(err("%99999999999999999999999d"), "width too big");
        assert_eq!(err("%.100000000f"), "precision too big");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[%()*.#0-9 +sdxXfgcé-]{0,16}", w in proptest::prelude::any::<i64>(), v in proptest::prelude::any::<i64>()) {
            if let Ok(pieces) = parse_percent(&text) {
                for piece in pieces {
                    if let Piece::Conversion(spec) = piece {
                        if let Ok(r) = spec.resolve(Some(w % 1000), Some(w % 50)) {
                            let _ = render_int(&r, IntRef::Small(v));
                            let _ = render_float(&r, v as f64);
                            let _ = render_text(&r, &text);
                        }
                    }
                }
            }
        }
    }
}
