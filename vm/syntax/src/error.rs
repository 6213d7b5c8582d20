//! What the parser reports. Parsing never stops at the first error: the tree
//! comes back with every error found, each with a span.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// Not valid Python.
    Invalid,
    /// Valid CPython, but MicroPython's grammar lacks it (`match`, `/` in
    /// parameters). The compiler refuses it like a syntax error; the language
    /// server shows it with its own code.
    Unsupported,
    /// Bad indentation (MicroPython raises `IndentationError`).
    Indentation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub kind: SyntaxErrorKind,
}
