//! `round(float)`, `round(float, ndigits)` and `round(int, ndigits)` as
//! MicroPython computes them.

use num_bigint::BigInt;

use super::error::{FormatError, Result};

/// `round(x)`: the nearest integer, half to even, as an integral `f64` the
/// VM turns into an int. Errors as MicroPython raises them for inf and nan.
pub fn round_to_integral(x: f64) -> Result<f64> {
    if x.is_nan() {
        return Err(FormatError::value("can't convert NaN to int"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("can't convert inf to int"));
    }
    Ok(x.round_ties_even())
}

/// `round(x, ndigits)` for a float, as MicroPython computes it:
/// `nearbyint(x * 10**n) / 10**n`. It differs from CPython's correctly
/// rounded result now and then (`round(2.675, 2)` is 2.68 on a board), and
/// far past the float range it gives nan, as a board does.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64> {
    let mult = libm::pow(10.0, ndigits as f64);
    Ok(libm::rint(x * mult) / mult)
}

/// `round(n, ndigits)` for an integer with negative `ndigits`: the nearest
/// multiple of `10^-ndigits`, half to even. Non-negative `ndigits` leave
/// `n` unchanged.
pub fn round_bigint(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    // A power of ten longer than n (plus one digit) rounds it to 0; don't
    // build 10^k for huge k.
    let n_digits = n.bits() * 30103 / 100000 + 2;
    let k = match u32::try_from(ndigits.unsigned_abs()) {
        Ok(k) if u64::from(k) <= n_digits => k,
        _ => return BigInt::default(),
    };
    let pow = BigInt::from(10).pow(k);
    let (mut q, r) = num_integer::Integer::div_mod_floor(n, &pow);
    let twice = &r * 2;
    if twice > pow || (twice == pow && num_integer::Integer::is_odd(&q)) {
        q += 1;
    }
    q * pow
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_as_micropython() {
        for (x, n, want) in [
            (2.675, 2, 2.68),
            (1.005, 2, 1.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1.15, 1, 1.2),
            (1234.5, -2, 1200.0),
        ] {
            assert_eq!(round_float(x, n), Ok(want), "round({x}, {n})");
        }
        assert_eq!(round_float(f64::INFINITY, 2), Ok(f64::INFINITY));
        assert!(round_float(1.5, 400).unwrap().is_nan());
        assert_eq!(round_float(-0.4, 0).unwrap().to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn to_integral() {
        assert_eq!(round_to_integral(2.5), Ok(2.0));
        assert_eq!(round_to_integral(3.5), Ok(4.0));
        assert_eq!(round_to_integral(-0.5), Ok(-0.0));
        assert_eq!(round_to_integral(f64::INFINITY).unwrap_err().message, "can't convert inf to int");
        assert_eq!(round_to_integral(f64::NAN).unwrap_err().message, "can't convert NaN to int");
    }

    #[test]
    fn integers() {
        let cases: [(i64, i64, i64); 10] = [
            (1234, -2, 1200),
            (1250, -2, 1200),
            (1350, -2, 1400),
            (-1250, -2, -1200),
            (-1251, -2, -1300),
            (5, -1, 0),
            (15, -1, 20),
            (25, -1, 20),
            (-5, -1, 0),
            (1234, 3, 1234),
        ];
        for (n, nd, want) in cases {
            assert_eq!(round_bigint(&BigInt::from(n), nd), BigInt::from(want), "round({n}, {nd})");
        }
        assert_eq!(round_bigint(&BigInt::from(5), i64::MIN), BigInt::from(0));
        assert_eq!(round_bigint(&BigInt::from(5), -4_000_000_000), BigInt::from(0));
        assert_eq!(round_bigint(&BigInt::from(99), -2), BigInt::from(100));
        assert_eq!(round_bigint(&BigInt::from(999), -3), BigInt::from(1000));
    }
}
