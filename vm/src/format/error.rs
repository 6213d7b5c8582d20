//! The one error type of the formatting library.

use std::fmt;

/// Which Python exception the VM should raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    IndexError,
    KeyError,
}

/// A formatting or parsing failure: the exception type and its message,
/// worded as MicroPython (or, where MicroPython has no such check, CPython)
/// words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn value(message: impl Into<String>) -> Self {
        FormatError { kind: ErrorKind::ValueError, message: message.into() }
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError { kind: ErrorKind::TypeError, message: message.into() }
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError { kind: ErrorKind::OverflowError, message: message.into() }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

pub type Result<T> = std::result::Result<T, FormatError>;
