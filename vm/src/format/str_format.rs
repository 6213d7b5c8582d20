//! `format(str, spec)`: fill, alignment, width and precision truncation.

use super::error::{FormatError, Result};
use super::layout::pad;
use super::spec::{Align, FormatSpec};

/// Format `text` as CPython's `str.__format__` does. Width and precision
/// count characters (code points), not bytes.
pub fn format_str(text: &str, spec: &FormatSpec) -> Result<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(ty) => return Err(FormatError::value(format!("unknown format code '{}' for object of type 'str'", ty))),
    }
    if spec.sign.is_some() {
        return Err(FormatError::value("sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.coerce_negative_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    if let Some(grouping) = spec.grouping {
        return Err(FormatError::value(format!("Cannot specify '{}' with 's'.", grouping.separator())));
    }
    let truncated = match spec.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((cut, _)) => &text[..cut],
            None => text,
        },
        None => text,
    };
    let (fill, align) = spec.resolved_fill_align(Align::Left);
    Ok(pad(truncated, 0, fill, align, spec.width.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(text: &str, spec: &str) -> String {
        match FormatSpec::parse(spec).and_then(|s| format_str(text, &s)) {
            Ok(out) => out,
            Err(e) => format!("!{}", e.message),
        }
    }

    // (text, spec, CPython 3.11 format(text, spec)); '!' marks an error.
    const CASES: &[(&str, &str, &str)] = include!("testdata/str_format.in");

    #[test]
    fn matches_cpython() {
        for &(text, spec, want) in CASES {
            assert_eq!(fmt(text, spec), want, "format({:?}, {:?})", text, spec);
        }
    }
}
