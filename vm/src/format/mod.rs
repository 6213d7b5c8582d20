//! Number and string formatting: the pure-Rust half of `repr(float)`,
//! `str.format`, `%`-formatting, `round()`, `int(str)` and `float(str)`,
//! written to match a board's output byte for byte.
//!
//! Everything here works on plain Rust values (`f64`, `i64`, `BigInt`,
//! bytes); the VM converts Python objects to these (see
//! `runtime/formatting.rs`, `runtime/str_format.rs`, `runtime/percent.rs`)
//! and turns a [`FormatError`] into the exception its `kind` names.
//!
//! - padding a field to a width: [`field::Field`];
//! - ints in any base, signs, prefixes, grouping: [`int_text::write_int`];
//!   `hex()`/`oct()`/`bin()`: [`bigint::to_prefixed_string`];
//! - `repr` of a float or complex and `%e %f %g`, `{:e}` etc.:
//!   [`float_text`];
//! - `int(s, base)`: [`int_parse::parse_int`]; `float(s)`:
//!   [`float_parse::parse_float`]; `round()`: [`float_round`].

pub mod bigint;
pub mod error;
pub mod field;
pub mod float_parse;
pub mod float_round;
pub mod float_text;
pub mod int_parse;
pub mod int_text;

pub use error::{ErrorKind, FormatError};
