//! Placeholder until the parser lands (being written now).
use crate::{ast, ParseOptions, Parsed, Span};
pub fn parse_module(source: &str, options: ParseOptions) -> Parsed {
    let span = Span::new(options.byte_offset, options.byte_offset + source.len() as u32);
    Parsed { module: ast::Module { body: vec![], span }, errors: vec![] }
}
