//! `repr(float)` and `str(float)`: the shortest digits that round-trip.

use super::float_digits::{layout, shortest, Layout};

/// Python's `repr(x)` for a float: shortest round-trip digits, positional
/// for exponents -4..16, otherwise `d.ddde±XX`; integral values end in
/// `.0`.
pub fn float_repr(x: f64) -> String {
    repr_with(x, true)
}

/// Python 3's `str(x)` for a float, identical to `repr`.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// The `r` presentation shared by `repr` (`add_dot_0` on) and the parts of a
/// complex repr (off: `1j`, not `1.0j`). Includes a leading `-` when
/// negative.
pub(crate) fn repr_with(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let digits = shortest(x);
    let use_exp = digits.decpt <= -4 || digits.decpt > 16;
    let body = layout(&digits, Layout { use_exp, min_digits_end: 0, keep_point: false, add_dot_0, exp_char: 'e' });
    if x.is_sign_negative() {
        format!("-{}", body)
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // (value, CPython 3.11 repr)
    #[rustfmt::skip]
    const CASES: &[(f64, &str)] = &[
        (0.0, "0.0"), (-0.0, "-0.0"), (1.0, "1.0"), (-1.0, "-1.0"), (0.1, "0.1"),
        (0.5, "0.5"), (1.5, "1.5"), (100.0, "100.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"), (1e-5, "1e-05"), (0.0001, "0.0001"),
        (0.00012345, "0.00012345"), (1.2345e-5, "1.2345e-05"), (123456789012345.0, "123456789012345.0"),
        (1.2345678901234567e19, "1.2345678901234567e+19"), (1e22, "1e+22"), (1e23, "1e+23"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (5e-324, "5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"), (0.30000000000000004, "0.30000000000000004"),
        (1.0 / 3.0, "0.3333333333333333"), (2.0 / 3.0, "0.6666666666666666"), (std::f64::consts::PI, "3.141592653589793"),
        (std::f64::consts::E, "2.718281828459045"), (123.456, "123.456"), (-123.456, "-123.456"),
        (1e100, "1e+100"), (1.5e-300, "1.5e-300"), (12345.678, "12345.678"), (0.001, "0.001"),
        (4.35, "4.35"), (1e-4, "0.0001"), (9.999e-5, "9.999e-05"), (1234567890123456.8, "1234567890123456.8"),
        (12345678901234567.0, "1.2345678901234568e+16"), (f64::INFINITY, "inf"), (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"), (9007199254740992.0, "9007199254740992.0"), (1152921504606846976.0, "1.152921504606847e+18"),
        (0.1 + 0.2, "0.30000000000000004"), (1.1, "1.1"), (2.675, "2.675"), (1e-7, "1e-07"), (-2.5e-10, "-2.5e-10"),
        (65536.0, "65536.0"), (3e8, "300000000.0"),
    ];

    #[test]
    fn matches_cpython_repr() {
        for &(x, want) in CASES {
            assert_eq!(float_repr(x), want, "repr of {:e}", x);
            assert_eq!(float_str(x), want);
        }
    }

    // Random doubles (struct.unpack('<d', random bytes)) and CPython's repr.
    const RANDOM: &[(u64, &str)] = include!("testdata/random_float_repr.in");

    #[test]
    fn matches_cpython_on_random_bit_patterns() {
        for &(bits, want) in RANDOM {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "bits {:#x}", bits);
        }
    }

    proptest! {
        #[test]
        fn repr_round_trips(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            let text = float_repr(x);
            let back: f64 = text.parse().unwrap();
            if x.is_nan() {
                prop_assert!(back.is_nan());
            } else {
                prop_assert_eq!(back.to_bits(), x.to_bits(), "{}", text);
            }
        }
    }
}
