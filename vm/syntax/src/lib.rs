//! Source text → tokens → syntax tree, with spans and error recovery.
//! Shared by the compiler and the language server.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use span::{LineIndex, Span};

#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// Added to every span, so a cell parsed alone reports positions within
    /// the document that holds it.
    pub byte_offset: u32,
}

#[derive(Clone, Debug)]
pub struct Parsed {
    pub module: ast::Module,
    pub errors: Vec<SyntaxError>,
}

/// Parse a whole file or cell. Never panics; always returns a tree.
pub fn parse(source: &str, options: ParseOptions) -> Parsed {
    parser::parse_module(source, options)
}
