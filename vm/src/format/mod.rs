//! Number and string formatting: the pure-Rust half of `repr(float)`,
//! `format()`, `str.format`, `%`-formatting, `round()`, `int(str)` and
//! `float(str)`.
//!
//! Everything here works on plain Rust values (`f64`, `i64`, `BigInt`,
//! `&str`); the VM converts Python objects to these and turns a
//! [`FormatError`] into the exception its `kind` names. Output follows
//! CPython 3 (the oracle the tests were generated with); error wording
//! follows MicroPython where MicroPython raises the same error.
//!
//! How the VM uses it:
//! - `repr`/`str` of a float: [`float_repr::float_repr`]; of a complex:
//!   [`complex_format::complex_repr`]; `hex()`/`oct()`/`bin()`:
//!   [`bigint::to_prefixed_string`].
//! - `format(value, spec)` and each `str.format` field: parse the spec with
//!   [`FormatSpec::parse`], then by the value's type call
//!   [`int_format::format_int`] (ints and bools, unless the spec is empty:
//!   then it is `str(value)`), [`float_format::format_float`] or
//!   [`str_format::format_str`].
//! - `str.format`: [`template::parse_template`] gives literal runs and
//!   fields with argument indices already numbered.
//! - `str % args`: [`percent::parse_percent`] then one `render_*` call per
//!   conversion (the table is in the `percent` module docs).
//! - `int(s, base)`: [`int_parse::parse_int`]; `float(s)`:
//!   [`float_parse::parse_float`]; `round()`: [`float_round`].

pub mod bigint;
pub mod complex_format;
pub mod error;
pub mod float_digits;
pub mod float_format;
pub mod float_parse;
pub mod float_repr;
pub mod float_round;
pub mod int_format;
pub mod int_parse;
pub mod layout;
pub mod percent;
pub mod spec;
pub mod str_format;
pub mod template;

pub use error::{ErrorKind, FormatError};
pub use spec::FormatSpec;
