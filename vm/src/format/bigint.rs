//! Integers as the formatters see them: a machine `i64` or a `BigInt`,
//! split into sign and magnitude digits in a radix.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A borrowed integer of either representation the VM uses.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.is_negative(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(v) => v == 0,
            IntRef::Big(v) => v.is_zero(),
        }
    }

    /// Digits of the absolute value in `radix` (2, 8, 10 or 16), lower case.
    pub fn magnitude_digits(self, radix: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match radix {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(v) => v.magnitude().to_str_radix(radix),
        }
    }

    /// The value as a float; `None` when it is too large for one (Python's
    /// `OverflowError: int too large to convert to float`).
    pub fn to_f64(self) -> Option<f64> {
        let f = match self {
            IntRef::Small(v) => v as f64,
            IntRef::Big(v) => v.to_f64()?,
        };
        if f.is_finite() {
            Some(f)
        } else {
            None
        }
    }

    /// The value as an `i64` when it fits.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(v) => v.to_i64(),
        }
    }
}

/// `bin()`, `oct()`, `hex()`: sign, `0b`/`0o`/`0x` prefix, digits.
/// `radix` must be 2, 8 or 16; any other gives plain decimal.
pub fn to_prefixed_string(value: IntRef, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, value.magnitude_digits(radix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_strings() {
        assert_eq!(to_prefixed_string(IntRef::Small(255), 16), "0xff");
        assert_eq!(to_prefixed_string(IntRef::Small(-255), 16), "-0xff");
        assert_eq!(to_prefixed_string(IntRef::Small(0), 2), "0b0");
        assert_eq!(to_prefixed_string(IntRef::Small(8), 8), "0o10");
        assert_eq!(to_prefixed_string(IntRef::Small(i64::MIN), 2), format!("-0b1{}", "0".repeat(63)));
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(to_prefixed_string(IntRef::Big(&big), 16), "-0x18ee90ff6c373e0ee4e3f0ad2");
        assert_eq!(to_prefixed_string(IntRef::Big(&big), 10), "-123456789012345678901234567890");
    }

    #[test]
    fn float_conversion() {
        assert_eq!(IntRef::Small(3).to_f64(), Some(3.0));
        let huge = BigInt::from(10).pow(400);
        assert_eq!(IntRef::Big(&huge).to_f64(), None);
    }
}
