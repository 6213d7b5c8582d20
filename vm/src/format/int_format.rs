//! `format(int, spec)`: types b c d o x X n, none, and the float types.

use num_bigint::BigInt;

use super::bigint::IntRef;
use super::error::{FormatError, Result};
use super::float_format::format_float;
use super::layout::{assemble_number, pad, NumberParts};
use super::spec::{Align, FormatSpec};

pub fn format_i64(value: i64, spec: &FormatSpec) -> Result<String> {
    format_int(IntRef::Small(value), spec)
}

pub fn format_bigint(value: &BigInt, spec: &FormatSpec) -> Result<String> {
    format_int(IntRef::Big(value), spec)
}

/// Format an integer as CPython's `int.__format__` does.
pub fn format_int(value: IntRef, spec: &FormatSpec) -> Result<String> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let x = value.to_f64().ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
        return format_float(x, spec);
    }
    let radix = match ty {
        'd' | 'n' => 10,
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'c' => 0,
        _ => return Err(FormatError::value(format!("unknown format code '{}' for object of type 'int'", ty))),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.coerce_negative_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        return format_char(value, spec);
    }
    let digits = value.magnitude_digits(radix);
    let digits = if ty == 'X' { digits.to_uppercase() } else { digits };
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let parts = NumberParts {
        sign: spec.sign_text(value.is_negative()),
        prefix,
        int_digits: &digits,
        rest: "",
        group: if radix == 10 { 3 } else { 4 },
    };
    Ok(assemble_number(&parts, spec))
}

fn format_char(value: IntRef, spec: &FormatSpec) -> Result<String> {
    if spec.sign.is_some() {
        return Err(FormatError::value("sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let c = value
        .to_i64()
        .filter(|v| (0..0x110000).contains(v))
        .and_then(|v| char::from_u32(v as u32))
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    let (fill, align) = spec.resolved_fill_align(Align::Right);
    Ok(pad(&c.to_string(), 0, fill, align, spec.width.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: i64, spec: &str) -> String {
        match FormatSpec::parse(spec).and_then(|s| format_i64(v, &s)) {
            Ok(text) => text,
            Err(e) => format!("!{}", e.message),
        }
    }

    // (value, spec, CPython 3.11 format(value, spec)); '!' marks an error.
    const CASES: &[(i64, &str, &str)] = include!("testdata/int_format.in");

    #[test]
    fn matches_cpython() {
        for &(v, spec, want) in CASES {
            assert_eq!(fmt(v, spec), want, "format({}, {:?})", v, spec);
        }
    }

    #[test]
    fn big_integers() {
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        let f = |spec: &str| format_bigint(&big, &FormatSpec::parse(spec).unwrap()).unwrap();
        assert_eq!(f(""), "-123456789012345678901234567890");
        assert_eq!(f(","), "-123,456,789,012,345,678,901,234,567,890");
        assert_eq!(f("#x"), "-0x18ee90ff6c373e0ee4e3f0ad2");
        assert_eq!(f("_X"), "-1_8EE9_0FF6_C373_E0EE_4E3F_0AD2");
        assert_eq!(f(".3e"), "-1.235e+29");
        assert_eq!(f("^40"), "    -123456789012345678901234567890     ");
        let huge = BigInt::from(10).pow(400);
        let err = format_bigint(&huge, &FormatSpec::parse("f").unwrap()).unwrap_err();
        assert_eq!(err.kind, super::super::ErrorKind::OverflowError);
        assert_eq!(format_bigint(&huge, &FormatSpec::parse("").unwrap()).unwrap().len(), 401);
    }
}
