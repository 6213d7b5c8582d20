//! Parser errors as diagnostics.

use crate::analysis::diagnostic::{Code, Diagnostic, Severity};
use upy_syntax::{SyntaxError, SyntaxErrorKind};

pub fn check(errors: &[SyntaxError]) -> Vec<Diagnostic> {
    errors
        .iter()
        .map(|e| {
            let code = match e.kind {
                SyntaxErrorKind::Invalid => Code::Syntax,
                SyntaxErrorKind::Unsupported => Code::UnsupportedGrammar,
                SyntaxErrorKind::Indentation => Code::Indentation,
            };
            Diagnostic::new(code, Severity::Error, e.span, e.message.clone())
        })
        .collect()
}
