//! `int(str, base)`, following MicroPython's `mp_parse_num_integer`:
//! surrounding ASCII whitespace, one sign, an optional `0x`/`0o`/`0b`
//! prefix (required to match the base, or choosing it when the base is 0),
//! and underscores, which MicroPython skips wherever they appear among the
//! digits (CPython only allows them between digits).

use num_bigint::{BigInt, Sign};

use super::error::{FormatError, Result};

/// The parsed value: `Small` whenever it fits an `i64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Length of the base prefix at the start of `s` and the base it implies.
/// Base 0 with a leading `0` and no prefix becomes "base 1": only zeros
/// are valid digits then, so `int('00', 0)` is 0 and `int('010', 0)` is an
/// error, as in CPython and current MicroPython.
fn prefix(s: &[u8], base: u32) -> (usize, u32) {
    let second = s.get(1).map(|b| b | 0x20);
    match (s.first(), base) {
        (Some(b'0'), 0 | 16) if second == Some(b'x') => (2, 16),
        (Some(b'0'), 0 | 8) if second == Some(b'o') => (2, 8),
        (Some(b'0'), 0 | 2) if second == Some(b'b') => (2, 2),
        (Some(b'0'), 0) if s.len() > 1 => (0, 1),
        (_, 0) => (0, 10),
        _ => (0, base),
    }
}

/// Python's repr-style quoting of the bad text, as MicroPython's error shows
/// it.
fn quoted(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            // A board quotes the text as bytes: each byte of a non-ASCII
            // character is escaped.
            c if !c.is_ascii() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Parse `text` as `int(text, base)` does. `base` is 0 or 2..=36.
pub fn parse_int(text: &str, base: u32) -> Result<ParsedInt> {
    if base == 1 || base > 36 {
        return Err(FormatError::value("int() arg 2 must be >= 2 and <= 36"));
    }
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() && is_space(bytes[pos]) {
        pos += 1;
    }
    let negative = bytes.get(pos) == Some(&b'-');
    if matches!(bytes.get(pos), Some(b'+' | b'-')) {
        pos += 1;
    }
    let (skip, base) = prefix(&bytes[pos..], base);
    pos += skip;
    let digits_start = pos;

    let mut digits: Vec<u8> = Vec::new();
    while pos < bytes.len() {
        let b = bytes[pos];
        let value = match b {
            b'_' => {
                pos += 1;
                continue;
            }
            b'0'..=b'9' => b - b'0',
            b'a'..=b'z' | b'A'..=b'Z' => (b | 0x20) - b'a' + 10,
            _ => break,
        };
        if u32::from(value) >= base {
            break;
        }
        digits.push(value);
        pos += 1;
    }
    let parsed_any = pos > digits_start;
    while pos < bytes.len() && is_space(bytes[pos]) {
        pos += 1;
    }
    if !parsed_any || pos != bytes.len() || digits.is_empty() {
        let shown_base = if base == 1 { 0 } else { base };
        return Err(FormatError::value(format!(
            "invalid syntax for integer with base {}: {}",
            shown_base,
            quoted(&text[digits_start..])
        )));
    }
    let base = base.max(2);
    let mut small: Option<i64> = Some(0);
    for &d in &digits {
        small = small.and_then(|v| v.checked_mul(i64::from(base))).and_then(|v| {
            if negative {
                v.checked_sub(i64::from(d))
            } else {
                v.checked_add(i64::from(d))
            }
        });
        if small.is_none() {
            break;
        }
    }
    if let Some(v) = small {
        return Ok(ParsedInt::Small(v));
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    BigInt::from_radix_be(sign, &digits, base)
        .map(ParsedInt::Big)
        .ok_or_else(|| FormatError::value("invalid syntax for integer"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, base: u32) -> String {
        match parse_int(text, base) {
            Ok(ParsedInt::Small(v)) => v.to_string(),
            Ok(ParsedInt::Big(v)) => format!("big:{}", v),
            Err(e) => format!("!{}", e.message),
        }
    }

    // Inputs valid in CPython 3.11, with CPython's int(text, base).
    const VALID: &[(&str, u32, &str)] = include!("testdata/int_parse.in");

    #[test]
    fn agrees_with_cpython_on_valid_input() {
        for &(text, base, want) in VALID {
            let got = parse(text, base);
            let got = got.strip_prefix("big:").unwrap_or(&got);
            assert_eq!(got, want, "int({:?}, {})", text, base);
        }
    }

    #[test]
    fn machine_and_big_results() {
        assert_eq!(parse_int("9223372036854775807", 10), Ok(ParsedInt::Small(i64::MAX)));
        assert_eq!(parse_int("-9223372036854775808", 10), Ok(ParsedInt::Small(i64::MIN)));
        assert_eq!(parse("9223372036854775808", 10), "big:9223372036854775808");
        assert_eq!(parse("-0x8000000000000001", 0), "big:-9223372036854775809");
    }

    #[test]
    fn micropython_leniency_and_errors() {
        // MicroPython skips underscores anywhere among the digits.
        assert_eq!(parse("1__000_", 10), "1000");
        assert_eq!(parse("_1", 10), "1");
        let cases = [
            ("12a", 10, "!invalid syntax for integer with base 10: '12a'"),
            ("-12a", 10, "!invalid syntax for integer with base 10: '12a'"),
            ("", 10, "!invalid syntax for integer with base 10: ''"),
            ("   ", 10, "!invalid syntax for integer with base 10: ''"),
            ("12 3", 10, "!invalid syntax for integer with base 10: '12 3'"),
            ("010", 0, "!invalid syntax for integer with base 0: '010'"),
            ("0x", 16, "!invalid syntax for integer with base 16: ''"),
            ("0xg", 0, "!invalid syntax for integer with base 16: 'g'"),
            ("12", 2, "!invalid syntax for integer with base 2: '12'"),
            ("+-1", 10, "!invalid syntax for integer with base 10: '-1'"),
            ("1.5", 10, "!invalid syntax for integer with base 10: '1.5'"),
            ("it's", 10, "!invalid syntax for integer with base 10: \"it's\""),
            ("1\n2", 10, "!invalid syntax for integer with base 10: '1\\n2'"),
            ("_", 10, "!invalid syntax for integer with base 10: '_'"),
            ("1", 1, "!int() arg 2 must be >= 2 and <= 36"),
            ("1", 37, "!int() arg 2 must be >= 2 and <= 36"),
        ];
        for (text, base, want) in cases {
            assert_eq!(parse(text, base), want, "int({:?}, {})", text, base);
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[ +\\-_0-9a-zA-Zé\t]{0,24}", base in 0u32..40) {
            let _ = parse_int(&text, base);
        }

        #[test]
        fn round_trips_decimal_and_hex(v in proptest::prelude::any::<i64>()) {
            proptest::prop_assert_eq!(parse_int(&v.to_string(), 10), Ok(ParsedInt::Small(v)));
            let hex = super::super::bigint::to_prefixed_string(super::super::bigint::IntRef::Small(v), 16);
            proptest::prop_assert_eq!(parse_int(&hex, 0), Ok(ParsedInt::Small(v)));
        }
    }
}
