//! `format(float, spec)`: types e E f F g G n % and none.

use super::error::{FormatError, Result};
use super::float_digits::{layout, shortest, significant, Layout};
use super::layout::{assemble_number, NumberParts};
use super::spec::FormatSpec;

/// Format `x` as CPython's `float.__format__` does.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String> {
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(FormatError::value(format!("unknown format code '{}' for object of type 'float'", ty)));
    }
    let (value, suffix) = if ty == '%' { (x * 100.0, "%") } else { (x, "") };
    let body = unsigned_body(value, ty, spec.precision, spec.alternate);
    let mut negative = value.is_sign_negative() && !value.is_nan();
    if negative && value.is_finite() && spec.coerce_negative_zero && !body.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        negative = false;
    }
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let rest = format!("{}{}", &body[split..], suffix);
    let parts =
        NumberParts { sign: spec.sign_text(negative), prefix: "", int_digits: &body[..split], rest: &rest, group: 3 };
    Ok(assemble_number(&parts, spec))
}

/// Fractional digits an f64 can have: 2^-1074, the smallest subnormal,
/// has exactly this many.
const EXACT_FRACTION_DIGITS: usize = 1074;

/// The digits of `|x|` in presentation `ty` (`'\0'` for none, `%` already
/// scaled), without sign, fill or grouping.
pub(crate) fn unsigned_body(x: f64, ty: char, precision: Option<usize>, alternate: bool) -> String {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if !x.is_finite() {
        let text = if x.is_nan() { "nan" } else { "inf" };
        return if upper { text.to_uppercase() } else { text.to_string() };
    }
    let exp_char = if upper { 'E' } else { 'e' };
    match ty {
        '\0' if precision.is_none() => {
            let d = shortest(x);
            let use_exp = d.decpt <= -4 || d.decpt > 16;
            layout(&d, Layout { use_exp, min_digits_end: 0, keep_point: alternate, add_dot_0: true, exp_char })
        }
        'f' | 'F' | '%' => {
            let p = precision.unwrap_or(6);
            // Past an f64's last fractional digit (the smallest subnormal
            // has 1074) every digit is 0; Rust's formatter refuses
            // precisions over 65535, so those zeros are written here.
            let exact = p.min(EXACT_FRACTION_DIGITS);
            let mut text = format!("{:.*}", exact, x.abs());
            text.extend(std::iter::repeat_n('0', p - exact));
            if alternate && p == 0 {
                text.push('.');
            }
            text
        }
        'e' | 'E' => {
            let p = precision.unwrap_or(6);
            let d = significant(x, p + 1);
            layout(
                &d,
                Layout {
                    use_exp: true,
                    min_digits_end: p as i32 + 1,
                    keep_point: alternate,
                    add_dot_0: false,
                    exp_char,
                },
            )
        }
        _ => {
            // 'g', 'G', 'n', and no type with a precision (which is 'g'
            // that keeps a '.0' and switches to exponent one digit earlier).
            let add_dot_0 = ty == '\0';
            let p = precision.unwrap_or(6).max(1);
            let d = significant(x, p);
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let use_exp = d.decpt <= -4 || d.decpt > limit;
            layout(
                &d,
                Layout {
                    use_exp,
                    min_digits_end: if alternate { p as i32 } else { 0 },
                    keep_point: alternate,
                    add_dot_0,
                    exp_char,
                },
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: f64, spec: &str) -> String {
        match FormatSpec::parse(spec).and_then(|s| format_float(v, &s)) {
            Ok(text) => text,
            Err(e) => format!("!{}", e.message),
        }
    }

    // (value bits, spec, CPython 3.11 format(value, spec)); '!' marks an error.
    const CASES: &[(u64, &str, &str)] = include!("testdata/float_format.in");

    // Random doubles (uniform, log-uniform, short decimals full of rounding
    // ties, raw bit patterns) through common specs, with CPython's output.
    const RANDOM: &[(u64, &str, &str)] = include!("testdata/float_format_random.in");

    /// Precisions past Rust's formatter limit (65535) once panicked; the
    /// text is CPython's: exact digits, then zeros.
    #[test]
    fn precisions_past_the_formatters_limit() {
        let cases: &[(f64, &str, usize, &str, &str)] = &[
            (9.99, ".65535e", 65541, "9.99000000000000021316282", "0000e+00"),
            (1.5, ".70000f", 70002, "1.50000000000000000000000", "00000000"),
            (f64::from_bits(1), ".70000e", 70007, "4.94065645841246544176568", "000e-324"),
            (f64::from_bits(1), ".2000f", 2002, "0.00000000000000000000000", "00000000"),
            (0.1, ".70000g", 57, "0.10000000000000000555111", "41015625"),
        ];
        for &(v, spec, len, head, tail) in cases {
            let text = fmt(v, spec);
            assert_eq!((text.len(), &text[..25], &text[text.len() - 8..]), (len, head, tail), "{v} {spec}");
        }
    }

    #[test]
    fn matches_cpython_on_random_values() {
        for &(bits, spec, want) in RANDOM {
            let v = f64::from_bits(bits);
            assert_eq!(fmt(v, spec), want, "format({:?}, {:?})", v, spec);
        }
    }

    proptest::proptest! {
        /// 17 significant digits always identify a double.
        #[test]
        fn seventeen_digits_round_trip(bits in proptest::prelude::any::<u64>()) {
            let x = f64::from_bits(bits);
            proptest::prop_assume!(x.is_finite());
            for spec in [".17g", ".16e", ""] {
                let text = fmt(x, spec);
                let back: f64 = text.parse().unwrap();
                proptest::prop_assert_eq!(back.to_bits(), x.to_bits(), "{} {}", spec, text);
            }
        }
    }

    #[test]
    fn matches_cpython() {
        for &(bits, spec, want) in CASES {
            let v = f64::from_bits(bits);
            assert_eq!(fmt(v, spec), want, "format({:?}, {:?})", v, spec);
        }
    }
}
