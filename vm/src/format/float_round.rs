//! `round(float)` and `round(float, ndigits)` with CPython's results:
//! rounding is done on the exact decimal value, half to even
//! (`round(2.675, 2)` is 2.67 because 2.675 is really 2.67499999…).
//!
//! MicroPython computes `nearbyint(x * 10**n) / 10**n`, which can differ
//! in the last place; the correctly rounded result is what programs
//! checked against CPython expect.

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

/// `round(x, ndigits)` for a float.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64> {
    // Beyond these, x is its own rounding or rounds to a signed zero
    // (CPython's NDIGITS_MAX / NDIGITS_MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0f64.copysign(x));
    }
    let rounded = if ndigits >= 0 {
        parse_back(&format!("{:.*}", ndigits as usize, x), x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    };
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

fn parse_back(text: &str, x: f64) -> f64 {
    // Formatting output always parses; keep the sign of a zero result.
    text.parse::<f64>().map_or(x, |v| v.copysign(x))
}

/// Round `x` to a multiple of `10^k` (k >= 1).
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let exp10 = x.abs().log10().floor() as i64;
    // Significant digits kept: those at or above the 10^k place. log10 can
    // be off by one near powers of ten; `{:e}` tells the truth.
    let exp10 = format!("{:e}", x.abs()).split_once('e').and_then(|(_, e)| e.parse::<i64>().ok()).unwrap_or(exp10);
    let keep = exp10 + 1 - i64::from(k);
    if keep >= 1 {
        let text = format!("{:.*e}", (keep - 1) as usize, x);
        return parse_back(&text, x);
    }
    if keep < 0 {
        return 0.0f64.copysign(x);
    }
    // 10^(k-1) <= |x| < 10^k: the result is 0 or ±10^k, by comparing |x|
    // exactly with the halfway point 5·10^(k-1) (a tie goes to 0, even).
    let bits = x.abs().to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let mantissa = if exponent == 0 { fraction } else { fraction | (1 << 52) };
    let shift = exponent.max(1) - 1075;
    let half = BigInt::from(5) * BigInt::from(10).pow(k - 1);
    let (lhs, rhs) = if shift >= 0 {
        (BigInt::from(mantissa) << shift as usize, half)
    } else {
        (BigInt::from(mantissa), half << (-shift) as usize)
    };
    if lhs > rhs {
        parse_back(&format!("1e{}", k), x)
    } else {
        0.0f64.copysign(x)
    }
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

    // (x bits, ndigits, bits of CPython's round(x, ndigits) or "!" error)
    const CASES: &[(u64, i64, &str)] = include!("testdata/float_round.in");

    #[test]
    fn matches_cpython() {
        for &(bits, ndigits, want) in CASES {
            let x = f64::from_bits(bits);
            let got = match round_float(x, ndigits) {
                Ok(v) => format!("{:#018x}", v.to_bits()),
                Err(e) => format!("!{}", e.message),
            };
            assert_eq!(got, want, "round({:?}, {})", x, ndigits);
        }
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
