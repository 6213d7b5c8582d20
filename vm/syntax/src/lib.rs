//! Source text → tokens → syntax tree, with spans and error recovery.
//! Shared by the compiler and the language server.
//!
//! `lexer` turns text into `token`s (layout tokens included), `parser`
//! builds the `ast`, reporting every `error` it finds with a `span`, and
//! `dump` prints a tree for people and snapshot tests. The grammar is
//! Python 3's as MicroPython accepts it; CPython-only syntax (`match`,
//! positional-only `/`, parenthesised `with` items, `\N{...}` escapes) is
//! parsed and reported as `SyntaxErrorKind::Unsupported`.
//!
//! Tests (`tests/`): tree snapshots of `fixtures/*.py`, error recovery and
//! messages, exact spans (checked against CPython's `ast` when `python3` is
//! installed), validity agreement with CPython on mutated programs, a
//! corpus of MicroPython programs, nesting limits, and property-based
//! fuzzing (`UPY_FUZZ_CASES=n` for longer runs). Speed: `cargo bench -p
//! upy-syntax --bench parse_speed`.

pub mod ast;
pub mod context;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;
pub mod visit;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use span::{LineIndex, Span};

#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// Added to every span, so a cell parsed alone reports positions within
    /// the document that holds it. (Clamped so that offset + length fits in
    /// a `u32`.)
    pub byte_offset: u32,
}

impl ParseOptions {
    /// The offset actually used: spans never overflow `u32`.
    pub(crate) fn base_for(self, source: &str) -> u32 {
        let len = u32::try_from(source.len()).unwrap_or(u32::MAX);
        self.byte_offset.min(u32::MAX - len)
    }
}

/// Spans are `u32`; a larger text is refused rather than mis-spanned.
const MAX_SOURCE_LEN: usize = u32::MAX as usize;

fn too_large(source: &str, options: ParseOptions) -> Option<SyntaxError> {
    (source.len() > MAX_SOURCE_LEN).then(|| SyntaxError {
        span: Span::new(options.base_for(source), options.base_for(source)),
        message: "source too large (over 4 GiB)".into(),
        kind: SyntaxErrorKind::Invalid,
    })
}

#[derive(Clone, Debug)]
pub struct Parsed {
    pub module: ast::Module,
    pub errors: Vec<SyntaxError>,
}

/// Parse a whole file or cell. Never panics; always returns a tree.
pub fn parse(source: &str, options: ParseOptions) -> Parsed {
    if let Some(error) = too_large(source, options) {
        let module = ast::Module { body: Vec::new(), span: error.span };
        return Parsed { module, errors: vec![error] };
    }
    parser::parse_module(source, options)
}

/// The token stream of a file or cell, comments included, for syntax
/// colouring. Errors are the lexer's only (unterminated strings, bad
/// characters, unbalanced brackets, bad unindents); `parse` reports those
/// too. Never panics.
pub fn tokenize(source: &str, options: ParseOptions) -> (Vec<token::Token>, Vec<SyntaxError>) {
    if let Some(error) = too_large(source, options) {
        return (Vec::new(), vec![error]);
    }
    let lex_options = lexer::LexOptions { base: options.base_for(source), keep_comments: true, inside_brackets: false };
    lexer::lex(source, lex_options)
}
