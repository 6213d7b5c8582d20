//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::error::{FormatError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-` (the default): only negative numbers get a sign.
    Minus,
    Plus,
    Space,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. `fill`/`align` are `None` when not written, so a
/// formatter can apply its own defaults (numbers right, strings left) and
/// the `0` flag's rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: turn negative zero into zero after rounding (floats only).
    pub coerce_negative_zero: bool,
    /// `#`: alternate form (`0x` prefixes, keep the decimal point).
    pub alternate: bool,
    /// The `0` flag before the width.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub(crate) const INVALID_SPEC: &str = "invalid format specifier";

/// Largest width or precision accepted. CPython allows up to `INT_MAX` and
/// then tries to allocate the result; a cap keeps one bad spec from taking
/// the host's memory. Nothing legitimate comes near it.
pub const MAX_COUNT: usize = 10_000_000;

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Read a run of decimal digits; `None` when there are none.
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= MAX_COUNT)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(value) })
}

impl FormatSpec {
    /// Parse a spec as written after the `:` of a replacement field (or the
    /// second argument of `format()`). The empty string is the default spec.
    pub fn parse(text: &str) -> Result<FormatSpec> {
        let chars: Vec<char> = text.chars().collect();
        let mut spec = FormatSpec::default();
        let mut pos = 0;

        if let Some(align) = chars.get(1).copied().and_then(align_of) {
            spec.fill = Some(chars[0]);
            spec.align = Some(align);
            pos = 2;
        } else if let Some(align) = chars.first().copied().and_then(align_of) {
            spec.align = Some(align);
            pos = 1;
        }
        spec.sign = match chars.get(pos) {
            Some('+') => Some(Sign::Plus),
            Some('-') => Some(Sign::Minus),
            Some(' ') => Some(Sign::Space),
            _ => None,
        };
        if spec.sign.is_some() {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            spec.coerce_negative_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            spec.alternate = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'0') {
            spec.zero_pad = true;
            pos += 1;
        }
        spec.width = read_number(&chars, &mut pos)?;
        spec.grouping = match chars.get(pos) {
            Some(',') => Some(Grouping::Comma),
            Some('_') => Some(Grouping::Underscore),
            _ => None,
        };
        if let Some(first) = spec.grouping {
            pos += 1;
            if let Some(&c @ (',' | '_')) = chars.get(pos) {
                return Err(FormatError::value(if c == first.separator() {
                    format!("Cannot specify '{}' with '{}'.", c, c)
                } else {
                    "Cannot specify both ',' and '_'.".to_string()
                }));
            }
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            spec.precision = read_number(&chars, &mut pos)?;
            if spec.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => spec.ty = Some(chars[pos]),
            _ => return Err(FormatError::value(INVALID_SPEC)),
        }
        if let Some(grouping) = spec.grouping {
            let allowed = match spec.ty {
                None | Some('d' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => true,
                Some('b' | 'o' | 'x' | 'X') => grouping == Grouping::Underscore,
                Some(_) => false,
            };
            if !allowed {
                let ty = spec.ty.unwrap_or(' ');
                return Err(FormatError::value(format!("Cannot specify '{}' with '{}'.", grouping.separator(), ty)));
            }
        }
        Ok(spec)
    }

    /// The fill character and alignment once the `0` flag and the type's
    /// default alignment are taken into account (CPython's rules: `0` sets
    /// the fill unless one was written, and `=` alignment only for
    /// right-aligned-by-default types, i.e. numbers).
    pub fn resolved_fill_align(&self, default_align: Align) -> (char, Align) {
        let mut fill = self.fill.unwrap_or(' ');
        let mut align = self.align.unwrap_or(default_align);
        if self.zero_pad && self.fill.is_none() {
            fill = '0';
            if self.align.is_none() && default_align == Align::Right {
                align = Align::AfterSign;
            }
        }
        (fill, align)
    }

    /// The text before a number: `-`, `+`, ` ` or nothing.
    pub fn sign_text(&self, negative: bool) -> &'static str {
        match (negative, self.sign.unwrap_or(Sign::Minus)) {
            (true, _) => "-",
            (false, Sign::Plus) => "+",
            (false, Sign::Space) => " ",
            (false, Sign::Minus) => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_part() {
        let s = FormatSpec::parse("*^+z#012_.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.coerce_negative_zero && s.alternate && s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(Grouping::Underscore));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        assert_eq!(FormatSpec::parse("").unwrap(), FormatSpec::default());
    }

    #[test]
    fn fill_may_be_an_align_char_or_non_ascii() {
        let s = FormatSpec::parse("<<").unwrap();
        assert_eq!((s.fill, s.align), (Some('<'), Some(Align::Left)));
        let s = FormatSpec::parse("é>5").unwrap();
        assert_eq!((s.fill, s.align, s.width), (Some('é'), Some(Align::Right), Some(5)));
        let s = FormatSpec::parse("0=5").unwrap();
        assert_eq!((s.fill, s.align, s.zero_pad), (Some('0'), Some(Align::AfterSign), false));
    }

    #[test]
    fn errors() {
        let cases = [
            ("5.x", "Format specifier missing precision"),
            (",_d", "Cannot specify both ',' and '_'."),
            (",,", "Cannot specify ',' with ','."),
            ("__", "Cannot specify '_' with '_'."),
            ("10dd", INVALID_SPEC),
            ("abc", INVALID_SPEC),
            ("99999999999999999999999", "Too many decimal digits in format string"),
            (",x", "Cannot specify ',' with 'x'."),
            (",s", "Cannot specify ',' with 's'."),
            ("_n", "Cannot specify '_' with 'n'."),
            (",c", "Cannot specify ',' with 'c'."),
        ];
        for (text, msg) in cases {
            assert_eq!(FormatSpec::parse(text).unwrap_err().message, msg, "{text}");
        }
    }

    #[test]
    fn zero_flag_defaults() {
        let s = FormatSpec::parse("05").unwrap();
        assert_eq!(s.resolved_fill_align(Align::Right), ('0', Align::AfterSign));
        assert_eq!(s.resolved_fill_align(Align::Left), ('0', Align::Left));
        let s = FormatSpec::parse("<05").unwrap();
        assert_eq!(s.resolved_fill_align(Align::Right), ('0', Align::Left));
        let s = FormatSpec::parse("x<05").unwrap();
        assert_eq!(s.resolved_fill_align(Align::Right), ('x', Align::Left));
    }

    proptest::proptest! {
        /// Any spec text, applied to any value, gives a string or an error.
        #[test]
        fn never_panics(text in "[ -~é]{0,12}", i in proptest::prelude::any::<i64>(), bits in proptest::prelude::any::<u64>()) {
            if let Ok(spec) = FormatSpec::parse(&text) {
                let _ = super::super::int_format::format_i64(i, &spec);
                let _ = super::super::float_format::format_float(f64::from_bits(bits), &spec);
                let _ = super::super::str_format::format_str(&text, &spec);
            }
        }
    }
}
