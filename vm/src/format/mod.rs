//! Number and string formatting: the pure-Rust half of `repr(float)`,
//! `str.format`, `%`-formatting, `round()`, `int(str)` and `float(str)`,
//! following MicroPython's own algorithms (`py/formatfloat.c`,
//! `py/mpprint.c`) so output matches a board byte for byte.
//!
//! Everything here works on plain Rust values (`f64`, `i64`, `BigInt`,
//! bytes); the VM converts Python objects to these (see
//! `runtime/formatting.rs`) and turns a [`FormatError`] into the exception
//! its `kind` names.
//!
//! - `repr` of a float or complex: [`mp_float::float_repr`],
//!   [`mp_float::complex_repr`]; `%e %f %g` and `{:e}` etc.:
//!   [`mp_float::print_float`].
//! - padding and ints in any base: [`mp_print::print_strn`],
//!   [`mp_print::print_int`]; `hex()`/`oct()`/`bin()`:
//!   [`bigint::to_prefixed_string`].
//! - `int(s, base)`: [`int_parse::parse_int`]; `float(s)`:
//!   [`float_parse::parse_float`]; `round()`: [`float_round`].

pub mod bigint;
pub mod error;
pub mod float_parse;
pub mod float_round;
pub mod int_parse;
pub mod mp_float;
pub mod mp_print;

pub use error::{ErrorKind, FormatError};
