//! Parser errors and compile-time errors as diagnostics.

use crate::analysis::diagnostic::{Code, Diagnostic, Severity};
use upy_syntax::{SyntaxError, SyntaxErrorKind};

/// Things the parser refuses that MicroPython compiles and then fails on
/// when the line runs: a warning, not an error (the program does start).
const FAILS_WHEN_RUN: &[(&str, &str)] = &[
    ("f-string: single '}' is not allowed", "MicroPython compiles this; `str.format` raises ValueError when it runs"),
    (
        "MicroPython does not support unicode name escapes (\\N{...})",
        "MicroPython compiles this; the string raises NotImplementedError when it runs",
    ),
];

pub fn check(errors: &[SyntaxError]) -> Vec<Diagnostic> {
    errors
        .iter()
        .map(|e| {
            let code = match e.kind {
                SyntaxErrorKind::Invalid => Code::Syntax,
                SyntaxErrorKind::Unsupported => Code::UnsupportedGrammar,
                SyntaxErrorKind::Indentation => Code::Indentation,
            };
            match FAILS_WHEN_RUN.iter().find(|(m, _)| *m == e.message) {
                Some((_, why)) => Diagnostic::new(code, Severity::Warning, e.span, format!("{} ({why})", e.message)),
                None => Diagnostic::new(code, Severity::Error, e.span, e.message.clone()),
            }
        })
        .collect()
}
