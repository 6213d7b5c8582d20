//! Floats as text the way a MicroPython board writes them: `repr`, `%e %f
//! %g` and `{:e}` etc. The output differs from CPython's in ways programs
//! see, and all of them are kept:
//!
//! - `repr` uses 16 significant digits when they read back as the same
//!   float, 17 only when needed (`0.1 + 0.2` is `0.30000000000000004`, but
//!   `1e23` is `1e+23`), and switches to an exponent from `1e16` up.
//! - Only the first digits that tell the float apart are worked out (16,
//!   up to 19 if 16 do not read back); the rest of a long precision is
//!   zeros (`"%.20f" % 0.1` is `0.10000000000000000000`).
//! - Halves round up, on the float's exact value.
//! - The text has to fit a 33-byte buffer on the board: `%f` of a number
//!   too long for it is written as `%g` (`"%.2f" % 8.888e32` is
//!   `8.89e+32`), and zeros beyond the room are dropped.

use super::field::{Field, Sign};
use num_bigint::BigUint;
use num_traits::{One, ToPrimitive};

/// How many bytes the board has for a formatted float, sign included.
const ROOM: i32 = 33;
/// Digits worked out exactly at most; further digits are zeros.
const MAX_EXACT_DIGITS: i32 = 19;
/// Digits tried first; more only when these do not read back.
const FIRST_TRY_DIGITS: i32 = 16;
/// Bytes kept free next to the digits: the point and `%` for `%f`; the
/// point and the longest exponent `e-308` otherwise.
const FIXED_SPARE: i32 = 3;
const EXP_SPARE: i32 = 8;
/// `repr` writes numbers below `1e16` without an exponent.
const REPR_POSITIONAL_DIGITS: i32 = 16;

/// `e`, `f` or `g` (any case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notation {
    Exponent,
    Fixed,
    General,
}

/// How many digits a float is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// No precision given: 6.
    Default,
    Digits(i32),
    /// `repr`: as many as it takes to read back (at most 17).
    Shortest,
}

/// A float conversion: `%.3e`, `{:+G}`, `repr`.
#[derive(Clone, Copy, Debug)]
pub struct FloatStyle {
    pub notation: Notation,
    pub upper: bool,
    pub precision: Precision,
    pub sign: Sign,
}

impl FloatStyle {
    /// The style of a conversion letter (`e f g E F G`); anything else is
    /// `e`.
    pub fn of_letter(letter: u8, precision: Precision, sign: Sign) -> Self {
        let notation = match letter.to_ascii_lowercase() {
            b'f' => Notation::Fixed,
            b'g' => Notation::General,
            _ => Notation::Exponent,
        };
        FloatStyle { notation, upper: letter.is_ascii_uppercase(), precision, sign }
    }
}

/// The nearest float to `10**k` (0 or inf beyond the range).
fn power_of_ten(k: i32) -> f64 {
    format!("1e{k}").parse().unwrap_or(0.0)
}

/// The decade of a positive finite `x`: the largest `k` with
/// `power_of_ten(k) <= x` (so the float nearest `10**k` counts as `10**k`).
fn decade(x: f64) -> i32 {
    let binary_exp = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut k = (binary_exp as f64 * std::f64::consts::LOG10_2) as i32;
    while power_of_ten(k + 1) <= x {
        k += 1;
    }
    while power_of_ten(k) > x {
        k -= 1;
    }
    k
}

/// `x * 10**scale` rounded half up, from `x`'s exact binary value.
fn scaled_rounded(x: f64, scale: i32) -> BigUint {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, two_exp) = if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
    let ten = BigUint::from(10u8);
    let mut numerator = BigUint::from(mantissa);
    let mut denominator = BigUint::one();
    if scale >= 0 {
        numerator *= ten.pow(scale as u32);
    } else {
        denominator *= ten.pow(scale.unsigned_abs());
    }
    if two_exp >= 0 {
        numerator <<= two_exp as usize;
    } else {
        denominator <<= two_exp.unsigned_abs() as usize;
    }
    (numerator * 2u8 + &denominator) / (denominator * 2u8)
}

/// `count` decimal digits of `value` (zero-extended on the left), and
/// whether rounding gave one digit more than asked for.
fn digit_string(value: &BigUint, count: i32) -> (Vec<u8>, bool) {
    let mut text = if value.to_u64() == Some(0) { Vec::new() } else { value.to_str_radix(10).into_bytes() };
    let count = count.max(0) as usize;
    if text.len() > count {
        return (text, true);
    }
    let mut padded = vec![b'0'; count - text.len()];
    padded.append(&mut text);
    (padded, false)
}

fn push_zeros(out: &mut Vec<u8>, count: i32) {
    out.extend(std::iter::repeat_n(b'0', count.max(0) as usize));
}

/// Drops the trailing zeros of a fraction, and the point if nothing is
/// left after it (`%g`).
fn trim_fraction(text: &mut Vec<u8>) {
    if !text.contains(&b'.') {
        return;
    }
    while text.last() == Some(&b'0') {
        text.pop();
    }
    if text.last() == Some(&b'.') {
        text.pop();
    }
}

/// How a positive finite number will be written, decided once before the
/// digits are worked out.
struct Layout {
    notation: Notation,
    upper: bool,
    /// The decade of the number.
    decade: i32,
    /// Digits worked out exactly at most.
    exact: i32,
    /// Zeros standing in for digits past `exact`.
    zeros: i32,
    /// `%f` of a number below 0.001: zeros right after the point that do
    /// not count as digits.
    fraction_zeros: i32,
    /// `%g` writes decades below this without an exponent.
    positional_below: i32,
}

impl Layout {
    fn new(x: f64, style: &FloatStyle, room: i32) -> Layout {
        let decade = if x == 0.0 { 0 } else { decade(x) };
        let (mut precision, positional_below) = match style.precision {
            Precision::Shortest => (MAX_EXACT_DIGITS, REPR_POSITIONAL_DIGITS),
            Precision::Default => (6, 6.min(room - 3)),
            Precision::Digits(p) => {
                let p = p.max(0);
                (p, p.min(room - 3))
            }
        };
        let mut notation = style.notation;
        if notation == Notation::Fixed && decade > 0 && decade + precision + 2 > room {
            // The integer part and the fraction would not fit the board's
            // buffer: the board writes it as `%g` with one digit more.
            notation = Notation::General;
            precision += 1;
        }
        let mut fraction_zeros = 0;
        let digits = match notation {
            Notation::Exponent => precision + 1,
            Notation::General => precision.max(1),
            Notation::Fixed => {
                let fraction = precision.min(room - FIXED_SPARE);
                if decade >= 0 {
                    decade + 1 + fraction
                } else if fraction > 2 && decade < -2 {
                    fraction_zeros = fraction.min(-decade) - 2;
                    fraction - fraction_zeros
                } else {
                    fraction + 1
                }
            }
        };
        let spare = if notation == Notation::Fixed { FIXED_SPARE } else { EXP_SPARE };
        let exact = digits.min(MAX_EXACT_DIGITS);
        let zeros = (digits - exact).min(room - exact - spare);
        Layout { notation, upper: style.upper, decade, exact, zeros, fraction_zeros, positional_below }
    }

    /// The number written with `count` digits worked out (the rest of
    /// `exact` become zeros too).
    fn render(&self, x: f64, count: i32) -> Vec<u8> {
        let zeros = self.zeros + (self.exact - count);
        match self.notation {
            Notation::Fixed => self.fixed(x, count, zeros),
            Notation::Exponent => self.exponent(x, count, zeros),
            Notation::General => self.general(x, count, zeros),
        }
    }

    fn fixed(&self, x: f64, count: i32, zeros: i32) -> Vec<u8> {
        let mut out = Vec::with_capacity(24);
        if self.fraction_zeros > 0 {
            // All digits are in the fraction, after some zeros; rounding
            // cannot reach the next decade here.
            out.extend_from_slice(b"0.");
            push_zeros(&mut out, self.fraction_zeros);
            let (digits, _) = digit_string(&scaled_rounded(x, count + self.fraction_zeros), count);
            out.extend_from_slice(&digits);
            push_zeros(&mut out, zeros);
            return out;
        }
        let mut int_digits = self.decade.max(0) + 1;
        let (digits, carried) = digit_string(&scaled_rounded(x, count - int_digits), count);
        if carried {
            int_digits += 1;
        }
        write_point_number(&mut out, &digits, int_digits, zeros);
        out
    }

    /// Digits rounded to `count` significant ones, and the decade after
    /// rounding (which may have reached the next one).
    fn significant(&self, x: f64, count: i32) -> (Vec<u8>, i32) {
        let (mut digits, carried) = digit_string(&scaled_rounded(x, count - 1 - self.decade), count);
        if carried {
            digits.truncate(count.max(0) as usize);
            return (digits, self.decade + 1);
        }
        (digits, self.decade)
    }

    fn exponent(&self, x: f64, count: i32, zeros: i32) -> Vec<u8> {
        let (digits, decade) = self.significant(x, count);
        let mut out = Vec::with_capacity(24);
        write_point_number(&mut out, &digits, 1, zeros);
        self.push_exponent(&mut out, decade);
        out
    }

    fn general(&self, x: f64, count: i32, zeros: i32) -> Vec<u8> {
        let (digits, decade) = self.significant(x, count);
        let mut out = Vec::with_capacity(24);
        if (-4..0).contains(&decade) {
            out.extend_from_slice(b"0.");
            push_zeros(&mut out, -decade - 1);
            out.extend_from_slice(&digits);
            trim_fraction(&mut out);
        } else if (0..self.positional_below.max(1)).contains(&decade) {
            let int_digits = decade + 1;
            let zeros = if int_digits > count { int_digits - count } else { zeros };
            write_point_number(&mut out, &digits, int_digits, zeros);
            trim_fraction(&mut out);
        } else {
            write_point_number(&mut out, &digits, 1, zeros);
            trim_fraction(&mut out);
            self.push_exponent(&mut out, decade);
        }
        out
    }

    fn push_exponent(&self, out: &mut Vec<u8>, decade: i32) {
        out.push(if self.upper { b'E' } else { b'e' });
        out.push(if decade < 0 { b'-' } else { b'+' });
        let magnitude = decade.unsigned_abs();
        out.extend_from_slice(format!("{magnitude:02}").as_bytes());
    }
}

/// `digits` then `zeros` more zeros, with a point after the first
/// `int_digits` of them all (none if they are all integer digits).
fn write_point_number(out: &mut Vec<u8>, digits: &[u8], int_digits: i32, zeros: i32) {
    let int_digits = int_digits.max(0) as usize;
    let total = digits.len() + zeros.max(0) as usize;
    for i in 0..total {
        if i == int_digits && i > 0 {
            out.push(b'.');
        }
        out.push(digits.get(i).copied().unwrap_or(b'0'));
    }
}

/// `x` as text in `style`, sign included, no padding.
pub fn float_text(x: f64, style: &FloatStyle) -> Vec<u8> {
    let mut out = Vec::with_capacity(24);
    let negative = x.is_sign_negative() && !x.is_nan();
    if negative {
        out.push(b'-');
    } else if let Some(mark) = style.sign.positive_mark() {
        out.push(mark);
    }
    let magnitude = x.abs();
    if !magnitude.is_finite() {
        let word: &[u8] = if magnitude.is_nan() { b"nan" } else { b"inf" };
        out.extend(word.iter().map(|c| if style.upper { c.to_ascii_uppercase() } else { *c }));
        return out;
    }
    let room = ROOM - out.len() as i32;
    let layout = Layout::new(magnitude, style, room);
    let mut count = layout.exact.min(FIRST_TRY_DIGITS);
    loop {
        let text = layout.render(magnitude, count);
        let reads_back = || std::str::from_utf8(&text).ok().and_then(|t| t.parse::<f64>().ok()) == Some(magnitude);
        if count >= layout.exact || reads_back() {
            out.extend_from_slice(&text);
            return out;
        }
        count += 1;
    }
}

/// `x` in `style` laid out in `field`; `percent` appends a `%` (`{:%}`).
pub fn write_float(out: &mut Vec<u8>, x: f64, style: &FloatStyle, field: &Field, percent: bool) {
    let mut text = float_text(x, style);
    if percent {
        text.push(b'%');
    }
    let mut field = *field;
    let mut body: &[u8] = &text;
    if field.after_sign {
        if let Some(&mark @ (b'-' | b'+' | b' ')) = text.first() {
            out.push(mark);
            field.width -= 1;
            body = &text[1..];
        }
    }
    field.write(out, body);
}

const REPR: FloatStyle =
    FloatStyle { notation: Notation::General, upper: false, precision: Precision::Shortest, sign: Sign::OnlyMinus };

/// `repr(x)`: always with a point or an exponent, so it reads back as a float.
pub fn float_repr(x: f64) -> String {
    let mut text = float_text(x, &REPR);
    if !text.iter().any(|c| matches!(c, b'.' | b'e' | b'n')) {
        text.extend_from_slice(b".0");
    }
    String::from_utf8(text).unwrap_or_default()
}

/// `repr(complex(re, im))`: `(re+imj)`, or `imj` alone when `re` is zero.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = |sign| String::from_utf8(float_text(im, &FloatStyle { sign, ..REPR })).unwrap_or_default();
    if re == 0.0 {
        return format!("{}j", imag(Sign::OnlyMinus));
    }
    let real = String::from_utf8(float_text(re, &REPR)).unwrap_or_default();
    format!("({real}{}j)", imag(Sign::Plus))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(x: f64, letter: u8, precision: i32) -> String {
        let precision = if precision < 0 { Precision::Default } else { Precision::Digits(precision) };
        String::from_utf8(float_text(x, &FloatStyle::of_letter(letter, precision, Sign::OnlyMinus))).unwrap()
    }

    #[test]
    fn repr_matches_micropython() {
        for (x, want) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e23, "1e+23"),
            (123456789.0, "123456789.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (1.5e300, "1.5e+300"),
            (5e-324, "4.940656458412465e-324"),
            (1e-320, "0.999988867182683e-320"),
            (2.5e-310, "2.500000000000017e-310"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.1 + 0.7, "0.7999999999999999"),
            (9007199254740993.0, "9007199254740992.0"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ] {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn conversions_match_micropython() {
        assert_eq!(text(0.5, b'f', 0), "1");
        assert_eq!(text(2.5, b'f', 0), "3");
        assert_eq!(text(8.888e32, b'f', 2), "8.89e+32");
        assert_eq!(text(1e30, b'f', -1), "1e+30");
        assert_eq!(text(0.1, b'f', 20), "0.10000000000000000000");
        assert_eq!(text(1.5, b'f', 30), "1.50000000000000000000000000000");
        assert_eq!(text(1e25, b'f', -1), "10000000000000000000000000.0000");
        assert_eq!(text(1e20, b'f', 0), "100000000000000000000");
        assert_eq!(text(0.00999, b'f', 3), "0.010");
        assert_eq!(text(0.1, b'g', 17), "0.1");
        assert_eq!(text(0.1, b'e', 25), "1.000000000000000000000000e-01");
        assert_eq!(text(1e200, b'f', 3), "1e+200");
        assert_eq!(text(1234.5, b'g', 3), "1.23e+03");
        assert_eq!(text(1e-5, b'g', -1), "1e-05");
        assert_eq!(text(1.5, b'E', -1), "1.500000E+00");
        assert_eq!(text(f64::NEG_INFINITY, b'F', -1), "-INF");
    }

    #[test]
    fn complex_repr_matches_micropython() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(f64::NAN, f64::NAN), "(nan+nanj)");
        assert_eq!(complex_repr(1.5, -0.5), "(1.5-0.5j)");
    }
}
