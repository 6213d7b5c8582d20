//! Numeric literal text → `Constant`: ints (to `BigInt` past i64), floats,
//! imaginary numbers, `_` separators, `0x`/`0o`/`0b` prefixes.
//!
//! Underscores follow MicroPython, which ignores them wherever they are
//! (`1__0` is 10, `1_` is 1; CPython rejects both).

use super::{expr, Parser};
use crate::ast::{Constant, Expr, ExprKind};
use crate::span::Span;
use num_bigint::BigInt;

impl<'src> Parser<'src> {
    pub(crate) fn number_literal(&mut self, span: Span) -> Expr {
        let text = self.text(span);
        match decode_number(text) {
            Ok(constant) => expr(ExprKind::Const(constant), span),
            Err(message) => {
                self.error(span, message);
                Self::error_expr(span)
            }
        }
    }
}

pub(crate) fn decode_number(text: &str) -> Result<Constant, String> {
    let bytes = text.as_bytes();
    if bytes.len() > 1 && bytes[0] == b'0' {
        let radix = match bytes[1] | 0x20 {
            b'x' => Some((16, "hexadecimal")),
            b'o' => Some((8, "octal")),
            b'b' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, name)) = radix {
            let clean: String = text[2..].chars().filter(|&c| c != '_').collect();
            if clean.is_empty() || !clean.chars().all(|c| c.is_digit(radix)) {
                return Err(format!("invalid {name} literal"));
            }
            return Ok(integer(&clean, radix));
        }
    }
    let (body, imaginary) = match text.strip_suffix(['j', 'J']) {
        Some(body) => (body, true),
        None => (text, false),
    };
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let is_float = clean.contains(['.', 'e', 'E']);
    let well_formed = !clean.is_empty()
        && clean.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && clean.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        return Err("invalid decimal literal".into());
    }
    if imaginary || is_float {
        let value: f64 = clean.parse().map_err(|_| "invalid decimal literal".to_string())?;
        return Ok(if imaginary { Constant::Imag(value) } else { Constant::Float(value) });
    }
    if clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into()
        );
    }
    Ok(integer(&clean, 10))
}

fn integer(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(value) => Constant::Int(value),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(value) => Constant::BigInt(value),
            None => Constant::Int(0),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_radixes() {
        assert_eq!(decode_number("1_000"), Ok(Constant::Int(1000)));
        assert_eq!(decode_number("0x_ff"), Ok(Constant::Int(255)));
        assert_eq!(decode_number("0o17"), Ok(Constant::Int(15)));
        assert_eq!(decode_number("0B101"), Ok(Constant::Int(5)));
        assert_eq!(decode_number("000"), Ok(Constant::Int(0)));
        // MicroPython ignores underscores anywhere.
        assert_eq!(decode_number("1__0"), Ok(Constant::Int(10)));
        assert_eq!(decode_number("1_"), Ok(Constant::Int(1)));
        assert_eq!(decode_number("0x_f_"), Ok(Constant::Int(15)));
        assert!(matches!(decode_number("123456789012345678901234567890"), Ok(Constant::BigInt(_))));
        assert!(matches!(decode_number("0xffffffffffffffffff"), Ok(Constant::BigInt(_))));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(decode_number("1.5e3"), Ok(Constant::Float(1500.0)));
        assert_eq!(decode_number(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(decode_number("1."), Ok(Constant::Float(1.0)));
        assert_eq!(decode_number("3j"), Ok(Constant::Imag(3.0)));
        assert_eq!(decode_number("1e-2J"), Ok(Constant::Imag(0.01)));
    }

    #[test]
    fn bad_literals() {
        assert!(decode_number("012").is_err());
        assert!(decode_number("0x").is_err());
        assert!(decode_number("0b102").is_err());
        assert!(decode_number("12abc").is_err());
        assert!(decode_number("1e5e5").is_err());
    }
}
