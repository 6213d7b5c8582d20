//! MicroPython's float formatting (`py/formatfloat.c`), for `repr`, `%`,
//! `str.format` and f-strings. It is not CPython's: `repr` tries 16
//! significant digits before 17, `%f` rounds half up and switches to
//! `%g` when the digits would not fit MicroPython's 36-byte buffer
//! (`"%.2f" % 8.888e32` is `8.89e+32`), and precision past 19 digits is
//! zeros.
//!
//! The decimal mantissa is computed exactly here; MicroPython computes it
//! in `long double` (binary128 in the WebAssembly build), which gives the
//! same digits except for products within 1e-34 of a rounding tie.

use super::mp_print::{print_strn, ADD_PERCENT, ALWAYS_DECIMAL, PAD_AFTER_SIGN, SHOW_SIGN, SPACE_SIGN};
use num_bigint::BigUint;
use num_traits::ToPrimitive;

/// The `prec` that asks for `repr`'s shortest round-tripping digits.
pub const REPR_PREC: i32 = 99;

/// The output buffer MicroPython formats into (`mp_print_float`'s 36
/// bytes less 3 for the decimal point, `%` and the terminator).
const PRINT_BUF_SIZE: usize = 33;

const MODE_E: u32 = 0x01;
const MODE_G: u32 = 0x02;
const MODE_F: u32 = 0x04;
const E_CASE: u32 = 0x20;

const MAX_MANTISSA_DIGITS: i32 = 19;
const SAFE_MANTISSA_DIGITS: i32 = 16;
const FPMIN_BUF_SIZE: i32 = 7;

/// `10**k` as the nearest float (0 or inf out of range).
fn pow10(k: i32) -> f64 {
    format!("1e{k}").parse().unwrap_or(0.0)
}

/// `floor(f * 10**decexp + 0.5)` for a finite, non-negative `f`.
fn scaled_mantissa(f: f64, decexp: i32) -> u64 {
    if f == 0.0 {
        return 0;
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let (m, k) =
        if exp == 0 { (bits & ((1 << 52) - 1), -1074) } else { ((bits & ((1 << 52) - 1)) | (1 << 52), exp - 1075) };
    // f * 10**decexp = num / den
    let mut num = BigUint::from(m);
    let mut den = BigUint::from(1u8);
    let ten = BigUint::from(10u8);
    if decexp >= 0 {
        num *= ten.pow(decexp as u32);
    } else {
        den *= ten.pow((-decexp) as u32);
    }
    if k >= 0 {
        num <<= k as usize;
    } else {
        den <<= (-k) as usize;
    }
    // floor(num/den + 1/2) = floor((2 num + den) / (2 den))
    let q = (num * 2u8 + &den) / (den * 2u8);
    q.to_u64().unwrap_or(u64::MAX)
}

fn prepend_zeros(s: &mut Vec<u8>, cnt: i32) {
    s.extend_from_slice(b"0.");
    for _ in 0..cnt.max(0) {
        s.push(b'0');
    }
}

/// `mp_format_mantissa`: the decimal mantissa written out with its point,
/// trailing zeros and exponent as the mode asks.
#[allow(clippy::too_many_arguments)]
fn format_mantissa(
    mut mantissa: u64,
    mantissa_cap: u64,
    s: &mut Vec<u8>,
    mut num_digits: i32,
    max_exp_zeros: i32,
    mut trailing_zeros: i32,
    mut dec: i32,
    mut e: i32,
    fmt_flags: u32,
) {
    if mantissa != 0 && mantissa >= mantissa_cap {
        // Rounding made an extra digit.
        if fmt_flags & MODE_F != 0 {
            num_digits += 1;
            dec += 1;
        } else {
            mantissa /= 10;
            e += 1;
        }
    }
    if fmt_flags & MODE_G != 0 && e != 0 {
        if e >= 0 {
            if e < max_exp_zeros {
                dec += e;
                if dec >= num_digits {
                    trailing_zeros = dec - (num_digits - 1);
                }
                e = 0;
            }
        } else if e >= -4 {
            let mut cnt = 0;
            while e < 0 && mantissa.is_multiple_of(10) {
                mantissa /= 10;
                cnt += 1;
                e += 1;
            }
            num_digits -= cnt;
            prepend_zeros(s, cnt - e - 1);
            dec = 255;
            e = 0;
        }
    }
    let n = num_digits.max(0) as usize;
    let dot_inside = dec + 1 < num_digits;
    let mut digits = vec![b'0'; n + dot_inside as usize];
    for digit in (0..num_digits).rev() {
        let ofs = if digit > dec { digit + 1 } else { digit } as usize;
        if let Some(d) = digits.get_mut(ofs) {
            *d = b'0' + (mantissa % 10) as u8;
        }
        mantissa /= 10;
    }
    let mut dot = dec >= 255;
    if dot_inside {
        dot = true;
        digits[dec as usize + 1] = b'.';
    }
    s.extend_from_slice(&digits);
    if trailing_zeros > 0 {
        dec -= num_digits - 1;
        while trailing_zeros > 0 {
            trailing_zeros -= 1;
            if dec == 0 {
                s.push(b'.');
                dot = true;
            }
            dec -= 1;
            s.push(b'0');
        }
    }
    if fmt_flags & MODE_G != 0 && dot {
        while s.last() == Some(&b'0') {
            s.pop();
        }
        if s.last() == Some(&b'.') {
            s.pop();
        }
    }
    if (e != 0 || fmt_flags & MODE_E != 0) && fmt_flags & MODE_F == 0 {
        s.push(if fmt_flags & E_CASE != 0 { b'e' } else { b'E' });
        if e >= 0 {
            s.push(b'+');
        } else {
            s.push(b'-');
            e = -e;
        }
        if e >= 100 {
            s.push(b'0' + (e / 100) as u8);
        }
        s.push(b'0' + ((e / 10) % 10) as u8);
        s.push(b'0' + (e % 10) as u8);
    }
}

/// `mp_format_float`: `f` in format `fmt` (`e f g E F G`) with `prec`
/// (negative: 6; [`REPR_PREC`]: shortest round-trip) into a buffer of
/// `buf_size` bytes, with `sign` (`+`, ` ` or 0) before non-negative values.
pub fn format_float(f_entry: f64, buf_size: usize, fmt: u8, prec: i32, sign: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(24);
    let mut f = f_entry;
    let mut buf_size = buf_size as i32;
    let mut sign = sign;
    if f_entry.is_sign_negative() && !f_entry.is_nan() {
        f = -f;
        sign = b'-';
    }
    if sign != 0 {
        out.push(sign);
        buf_size -= 1;
    }
    let uc = fmt & 0x20;
    if f.is_infinite() || f.is_nan() {
        let word: &[u8] = if f.is_infinite() { b"INF" } else { b"NAN" };
        out.extend(word.iter().map(|c| c ^ uc));
        return out;
    }
    let mut fmt_flags = uc as u32;
    match fmt | 0x20 {
        b'f' => fmt_flags |= MODE_F,
        b'g' => fmt_flags |= MODE_G,
        _ => fmt_flags |= MODE_E,
    }
    let mut prec = if prec < 0 { 6 } else { prec };
    let mut max_exp_zeros = prec.min(buf_size - 3);
    if prec == REPR_PREC {
        prec = MAX_MANTISSA_DIGITS;
        max_exp_zeros = 16;
    }
    // The decimal exponent: 10**e <= f < 10**(e+1).
    let mut e = 0;
    if f != 0.0 {
        let expval = ((f.to_bits() >> 52) & 0x7ff) as i32 - 1023;
        e = (expval as f64 * std::f64::consts::LOG10_2) as i32;
        let positive = f >= 1.0;
        let mut u_base = pow10(e + positive as i32);
        while (f >= u_base) == positive {
            e += if positive { 1 } else { -1 };
            u_base = pow10(e + positive as i32);
        }
    }
    if fmt_flags & MODE_F != 0 && e > 0 && e + prec + 2 > buf_size {
        // The digits would not fit: %g instead.
        fmt_flags ^= MODE_F;
        fmt_flags |= MODE_G;
        prec += 1;
    }
    let mut max_digits = prec;
    let mut lead_zeros = 0;
    let mut trail_zeros = 0;
    if fmt_flags & MODE_F != 0 {
        max_digits = max_digits.min(buf_size - 3);
        if e < 0 {
            if max_digits > 2 && e < -2 {
                lead_zeros = (-e).min(max_digits) - 2;
                max_digits -= lead_zeros;
            } else {
                max_digits += 1;
            }
        } else {
            max_digits += e + 1;
        }
    } else if fmt_flags & MODE_G == 0 || max_digits == 0 {
        max_digits += 1;
    }
    if max_digits > MAX_MANTISSA_DIGITS {
        trail_zeros = max_digits - MAX_MANTISSA_DIGITS;
        max_digits = MAX_MANTISSA_DIGITS;
    }
    let overhead = if fmt_flags & MODE_F != 0 { 3 } else { FPMIN_BUF_SIZE + 1 };
    trail_zeros = trail_zeros.min(buf_size - max_digits - overhead);
    let mut num_digits = SAFE_MANTISSA_DIGITS.min(max_digits);
    let body_start = out.len();
    loop {
        out.truncate(body_start);
        let extra_zeros = trail_zeros + (max_digits - num_digits);
        let mut dec = 0;
        let decexp = if f == 0.0 {
            0
        } else if fmt_flags & MODE_F != 0 {
            let mut d = num_digits - 1;
            if e < 0 {
                if lead_zeros > 0 {
                    prepend_zeros(&mut out, lead_zeros);
                    d += lead_zeros + 1;
                    dec = 255;
                }
            } else {
                d -= e;
                dec = e;
            }
            d
        } else {
            num_digits - e - 1
        };
        let mantissa_cap = 10u64.saturating_pow(num_digits.max(1) as u32);
        let mantissa = scaled_mantissa(f, decexp);
        format_mantissa(mantissa, mantissa_cap, &mut out, num_digits, max_exp_zeros, extra_zeros, dec, e, fmt_flags);
        if num_digits < max_digits {
            // Not exact at this precision: one more digit.
            let text = std::str::from_utf8(&out[body_start..]).unwrap_or("");
            if text.parse::<f64>().ok() != Some(f) {
                num_digits += 1;
                continue;
            }
        }
        return out;
    }
}

/// `mp_print_float`: a formatted float padded to `width` (`prec` as in
/// [`format_float`]; `flags` from [`super::mp_print`]).
pub fn print_float(out: &mut Vec<u8>, f: f64, fmt: u8, flags: u32, fill: u8, width: i64, prec: i32) {
    let sign = if flags & SHOW_SIGN != 0 {
        b'+'
    } else if flags & SPACE_SIGN != 0 {
        b' '
    } else {
        0
    };
    let mut buf = format_float(f, PRINT_BUF_SIZE, fmt, prec, sign);
    if flags & ALWAYS_DECIMAL != 0 && !buf.iter().any(|c| matches!(c, b'.' | b'e' | b'n')) {
        buf.extend_from_slice(b".0");
    }
    if flags & ADD_PERCENT != 0 {
        buf.push(b'%');
    }
    let mut width = width;
    let mut body: &[u8] = &buf;
    if flags & PAD_AFTER_SIGN != 0 && buf.first().is_some_and(|&c| c < b'0') {
        out.push(buf[0]);
        width -= 1;
        body = &buf[1..];
    }
    print_strn(out, body, flags, fill, width);
}

/// `repr(f)`.
pub fn float_repr(f: f64) -> String {
    let mut out = vec![];
    print_float(&mut out, f, b'g', ALWAYS_DECIMAL, 0, -1, REPR_PREC);
    String::from_utf8(out).unwrap_or_default()
}

/// `repr(complex(re, im))`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut out = vec![];
    let mut flags = 0;
    let suffix: &[u8] = if re != 0.0 {
        out.push(b'(');
        print_float(&mut out, re, b'g', 0, 0, -1, REPR_PREC);
        flags = SHOW_SIGN;
        b"j)"
    } else {
        b"j"
    };
    print_float(&mut out, im, b'g', flags, 0, -1, REPR_PREC);
    out.extend_from_slice(suffix);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pf(f: f64, fmt: u8, prec: i32) -> String {
        let mut out = vec![];
        print_float(&mut out, f, fmt, 0, b' ', 0, prec);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn repr_matches_micropython() {
        for (f, want) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
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
            assert_eq!(float_repr(f), want, "{f:e}");
        }
    }

    #[test]
    fn percent_f_rounds_half_up_and_switches_to_g() {
        assert_eq!(pf(0.5, b'f', 0), "1");
        assert_eq!(pf(2.5, b'f', 0), "3");
        assert_eq!(pf(8.888e32, b'f', 2), "8.89e+32");
        assert_eq!(pf(1e30, b'f', -1), "1e+30");
        assert_eq!(pf(0.1, b'f', 20), "0.10000000000000000000");
        assert_eq!(pf(0.1, b'g', 17), "0.1");
        assert_eq!(pf(0.1, b'e', 25), "1.000000000000000000000000e-01");
        assert_eq!(pf(1e200, b'f', 3), "1e+200");
        assert_eq!(pf(1234.5, b'g', 3), "1.23e+03");
        assert_eq!(pf(1e-5, b'g', -1), "1e-05");
        assert_eq!(pf(1.5, b'E', -1), "1.500000E+00");
    }

    #[test]
    fn complex_repr_matches_micropython() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(f64::NAN, f64::NAN), "(nan+nanj)");
        assert_eq!(complex_repr(1.5, -0.5), "(1.5-0.5j)");
    }
}
