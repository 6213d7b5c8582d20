//! `repr(complex)` as CPython prints it.

use super::float_repr::repr_with;

/// `(1+2j)`, `2j`, `(-0-1j)`, `(1+nanj)`: parts in shortest repr form
/// without a `.0`; the parentheses and real part are left out only when the
/// real part is +0.0.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = repr_with(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", imag_text);
    }
    // The imaginary part always carries a sign, nan included.
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", repr_with(real, false), sign, imag_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    // (real, imag, CPython 3.11 repr(complex(real, imag)))
    #[rustfmt::skip]
    const CASES: &[(f64, f64, &str)] = &[
        (1.0, 2.0, "(1+2j)"), (0.0, 2.0, "2j"), (-0.0, -1.0, "(-0-1j)"), (1.0, NAN, "(1+nanj)"),
        (0.0, 0.0, "0j"), (-0.0, 0.0, "(-0+0j)"), (1e16, 1e-5, "(1e+16+1e-05j)"), (INF, -INF, "(inf-infj)"),
        (0.0, -0.0, "-0j"), (-0.0, -1.5, "(-0-1.5j)"), (1.5, -2.25, "(1.5-2.25j)"), (NAN, NAN, "(nan+nanj)"),
        (0.1, 0.2, "(0.1+0.2j)"), (-3.0, 0.0, "(-3+0j)"), (1e-7, -1e22, "(1e-07-1e+22j)"), (0.0, INF, "infj"),
        (0.0, 1.0 / 3.0, "0.3333333333333333j"), (123456789.0, 1e16, "(123456789+1e+16j)"),
    ];

    #[test]
    fn matches_cpython() {
        for &(re, im, want) in CASES {
            assert_eq!(complex_repr(re, im), want, "complex({re}, {im})");
        }
    }
}
