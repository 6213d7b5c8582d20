//! Decimal digits of a finite `f64` and CPython's rules for laying them out.
//!
//! Rust's formatter already produces correctly rounded digits (shortest
//! round-trip for `{:e}`, exact round-half-even for `{:.Ne}` / `{:.N}`), the
//! same digits CPython's `dtoa` gives (one exception, handled in
//! [`shortest`]); what differs is the layout. So digits
//! come from `core::fmt` and [`layout`] reproduces CPython's
//! `format_float_short` (Python/pystrtod.c) placement of the decimal point,
//! zero padding and exponent.

/// Significant decimal digits `d1 d2 …` and `decpt` such that the
/// magnitude is `0.d1d2… × 10^decpt`. Zero is `("0", 1)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digits {
    pub digits: String,
    pub decpt: i32,
}

/// Parse Rust's `{:e}` output (`"1.2345e-7"`) of a non-negative finite
/// value into digits with trailing zeros removed.
fn from_exp_text(text: &str) -> Digits {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.chars().all(|c| c == '0') {
        return Digits { digits: "0".to_string(), decpt: 1 };
    }
    Digits { digits, decpt: exp + 1 }
}

/// Shortest digits that round-trip to `x` (CPython's mode 0, `repr`).
///
/// When `x` lies exactly halfway between the two nearest shortest
/// candidates, Rust may pick the upper one where CPython's `dtoa` rounds
/// half to even (`-2182267580926682.25` is `...682.2` in Python, `...682.3`
/// from `{:e}`). The correctly rounded string of the same length (`{:.Ne}`,
/// which rounds half to even) settles it whenever it also round-trips.
pub fn shortest(x: f64) -> Digits {
    let x = x.abs();
    let digits = from_exp_text(&format!("{:e}", x));
    if !may_be_shortest_tie(x) {
        return digits;
    }
    let rounded_text = format!("{:.*e}", digits.digits.len() - 1, x);
    if rounded_text.parse::<f64>() == Ok(x) {
        let rounded = from_exp_text(&rounded_text);
        if rounded.digits.len() <= digits.digits.len() {
            return rounded;
        }
    }
    digits
}

/// Whether `x` (finite, non-negative) could sit exactly halfway between two
/// shortest candidates. That needs at least 16 shortest digits (shorter
/// decimals are spaced wider than the interval that reads back as a normal
/// double), so an exact decimal expansion of 17 or 18 significant digits
/// ending in 5. With `x = m·2^e`, `m` odd, the expansion is `m·5^-e`
/// digits long when `e < 0` (and has too few digits when `e >= 0`), so only
/// a narrow band of values needs the slower check.
fn may_be_shortest_tie(x: f64) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: the expansion is hundreds of digits long.
        return false;
    }
    let mut m = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut e = biased - 1075;
    let zeros = m.trailing_zeros();
    m >>= zeros;
    e += zeros as i32;
    if !(-26..0).contains(&e) {
        return false;
    }
    let exact = u128::from(m) * 5u128.pow((-e) as u32);
    (10u128.pow(16)..10u128.pow(18)).contains(&exact)
}

/// Significant digits of the longest exact decimal expansion of an f64.
const MAX_SIGNIFICANT_DIGITS: usize = 767;

/// `ndigits` significant digits, correctly rounded, trailing zeros removed
/// (CPython's mode 2, used by `e` and `g`). `ndigits` must be at least 1.
pub fn significant(x: f64, ndigits: usize) -> Digits {
    // An f64's exact decimal value has at most 767 significant digits:
    // asking for more only adds zeros, which `layout` pads, and Rust's
    // formatter refuses precisions over 65535 (`"%.65535e" % 9.99`).
    let ndigits = ndigits.clamp(1, MAX_SIGNIFICANT_DIGITS);
    from_exp_text(&format!("{:.*e}", ndigits - 1, x.abs()))
}

/// How [`layout`] should place the digits.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Write `d.ddd` with an exponent instead of positional notation.
    pub use_exp: bool,
    /// Pad with zeros so that this many digit positions (counted from the
    /// first significant digit, or from the decimal point in `f` mode) are
    /// shown.
    pub min_digits_end: i32,
    /// Keep a trailing decimal point (the `#` alternate form).
    pub keep_point: bool,
    /// `repr` and the no-type format: an integral value gets `.0`.
    pub add_dot_0: bool,
    /// Exponent letter: `e` or `E`.
    pub exp_char: char,
}

/// Lay out `d` as CPython's `format_float_short` does, without sign.
pub fn layout(d: &Digits, how: Layout) -> String {
    let digits = d.digits.as_bytes();
    let digits_len = digits.len() as i32;
    let mut decpt = d.decpt;
    let mut exp = 0;
    if how.use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let mut vdigits_end = how.min_digits_end.max(digits_len);
    vdigits_end = if !how.use_exp && how.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    let mut out = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    let zeros = |out: &mut String, n: i32| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, from: i32, to: i32| {
        for &b in &digits[from as usize..to as usize] {
            out.push(b as char);
        }
    };

    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, 0, decpt);
        out.push('.');
        push_digits(&mut out, decpt, digits_len);
    } else {
        push_digits(&mut out, 0, digits_len);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !how.keep_point {
        out.pop();
    }
    if how.use_exp {
        out.push(how.exp_char);
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_generation() {
        assert_eq!(shortest(0.0), Digits { digits: "0".into(), decpt: 1 });
        assert_eq!(shortest(0.1), Digits { digits: "1".into(), decpt: 0 });
        assert_eq!(shortest(123.25), Digits { digits: "12325".into(), decpt: 3 });
        // A tie between two shortest candidates goes to the even digit.
        assert_eq!(shortest(2182267580926682.0 + 0.25).digits, "21822675809266822");
        assert!(may_be_shortest_tie(2182267580926682.0 + 0.25));
        assert!(!may_be_shortest_tie(0.1));
        assert!(!may_be_shortest_tie(1e300));
        assert!(!may_be_shortest_tie(5e-324));
        assert_eq!(significant(2.5, 1), Digits { digits: "2".into(), decpt: 1 });
        assert_eq!(significant(9.99, 2), Digits { digits: "1".into(), decpt: 2 });
        assert_eq!(significant(0.0125, 2), Digits { digits: "13".into(), decpt: -1 });
        assert_eq!(significant(1500.0, 3), Digits { digits: "15".into(), decpt: 4 });
    }
}
