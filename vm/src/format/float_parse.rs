//! `float(str)`: surrounding ASCII whitespace, a sign, `inf`/`infinity`/
//! `nan` in any case, or a decimal with optional fraction and exponent.
//!
//! Accepted input follows MicroPython's `mp_parse_num_decimal`, including
//! underscores skipped anywhere among the digits and a mantissa with no
//! digits at all: a board reads `"."`, `"e5"` and `"_"` as 0.0 (CPython
//! rejects them). The value is correctly rounded (Rust's parser), as
//! CPython's is; MicroPython's own conversion can be off by an ulp.

use super::error::{FormatError, Result};

pub const INVALID_NUMBER: &str = "invalid syntax for number";

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn starts_with_ignore_case(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word)
}

/// Parse `text` as `float(text)` does.
pub fn parse_float(text: &str) -> Result<f64> {
    let invalid = || FormatError::value(INVALID_NUMBER);
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() && is_space(bytes[pos]) {
        pos += 1;
    }
    let mut end = bytes.len();
    while end > pos && is_space(bytes[end - 1]) {
        end -= 1;
    }
    let mut body = &bytes[pos..end];
    let negative = body.first() == Some(&b'-');
    if matches!(body.first(), Some(b'+' | b'-')) {
        body = &body[1..];
    }

    let magnitude = if starts_with_ignore_case(body, b"inf") {
        if body.len() == 3 || (body.len() == 8 && starts_with_ignore_case(body, b"infinity")) {
            f64::INFINITY
        } else {
            return Err(invalid());
        }
    } else if body.len() == 3 && starts_with_ignore_case(body, b"nan") {
        f64::NAN
    } else {
        parse_decimal(body).ok_or_else(invalid)?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// `digits[.digits][e[sign]digits]` with underscores dropped, handed to
/// Rust's correctly rounded parser once its shape is checked. As on a
/// board, any digit may be missing, but something must follow an `e` and
/// its sign.
fn parse_decimal(body: &[u8]) -> Option<f64> {
    if body.is_empty() {
        return None;
    }
    let mut clean = String::with_capacity(body.len() + 2);
    let mut mantissa_digits = 0;
    let mut exponent_digits = 0;
    let mut seen_point = false;
    let mut seen_exp = false;
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        match b {
            b'0'..=b'9' => {
                if seen_exp {
                    exponent_digits += 1;
                } else {
                    mantissa_digits += 1;
                }
                clean.push(b as char);
            }
            b'_' => {}
            b'.' if !seen_point && !seen_exp => {
                seen_point = true;
                clean.push('.');
            }
            b'e' | b'E' if !seen_exp => {
                seen_exp = true;
                if mantissa_digits == 0 {
                    clean = "0".to_string();
                }
                clean.push('e');
                if let Some(&sign @ (b'+' | b'-')) = body.get(i + 1) {
                    clean.push(sign as char);
                    i += 1;
                }
                if i + 1 >= body.len() {
                    return None;
                }
            }
            _ => return None,
        }
        i += 1;
    }
    if mantissa_digits == 0 && !seen_exp {
        clean = "0".to_string();
    }
    if seen_exp && exponent_digits == 0 {
        clean.push('0');
    }
    clean.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Inputs valid in CPython 3.11, with the bits of CPython's float(text).
    const VALID: &[(&str, u64)] = include!("testdata/float_parse.in");

    #[test]
    fn agrees_with_cpython_on_valid_input() {
        for &(text, bits) in VALID {
            let got = parse_float(text).unwrap_or_else(|e| panic!("float({:?}): {}", text, e));
            if f64::from_bits(bits).is_nan() {
                assert!(got.is_nan(), "float({:?})", text);
            } else {
                assert_eq!(got.to_bits(), bits, "float({:?}) = {:e}", text, got);
            }
        }
    }

    #[test]
    fn reads_digitless_mantissas_as_a_board_does() {
        for text in [".", "e5", "-.e1", "_", "1e_", " .e-3 "] {
            assert_eq!(parse_float(text).map(f64::abs), Ok(if text == "1e_" { 1.0 } else { 0.0 }), "float({:?})", text);
        }
    }

    #[test]
    fn rejects_what_cpython_rejects() {
        for text in [
            "",
            " ",
            "abc",
            "1.5x",
            "1e",
            "1e+",
            "e",
            "-",
            "+-1",
            "1..2",
            "1e5.5",
            "in",
            "infinit",
            "infinityy",
            "nana",
            "1 2",
            "0x10",
            "1e5e5",
            "- 1",
            "i",
            "n",
        ] {
            assert_eq!(parse_float(text).unwrap_err().message, INVALID_NUMBER, "float({:?})", text);
        }
    }

    #[test]
    fn micropython_underscores() {
        // CPython rejects these; MicroPython skips the underscores.
        assert_eq!(parse_float("1__0.5_"), Ok(10.5));
        assert_eq!(parse_float("1e1_0"), Ok(1e10));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[ +\\-_.0-9eEinfatyINF]{0,24}") {
            let _ = parse_float(&text);
        }

        #[test]
        fn reads_back_repr(bits in proptest::prelude::any::<u64>()) {
            let x = f64::from_bits(bits);
            let back = parse_float(&super::super::float_text::float_repr(x)).unwrap();
            if x.is_nan() {
                proptest::prop_assert!(back.is_nan());
            } else {
                proptest::prop_assert_eq!(back.to_bits(), x.to_bits());
            }
        }
    }
}
