//! Helpers shared by the integration tests.
#![allow(dead_code)]

use upy_syntax::ast::{Expr, Stmt};
use upy_syntax::{parse, LineIndex, ParseOptions, Parsed, SyntaxErrorKind};

pub fn parse_str(source: &str) -> Parsed {
    parse(source, ParseOptions::default())
}

/// `(1-based line, kind, message)` of each error, in source order.
pub fn errors(source: &str) -> Vec<(usize, SyntaxErrorKind, String)> {
    let parsed = parse_str(source);
    let lines = LineIndex::new(source);
    parsed.errors.iter().map(|e| (lines.line(e.span.start) + 1, e.kind.clone(), e.message.clone())).collect()
}

/// The only statement's expression (panics in the test if it is not one).
pub fn only_expr(source: &str) -> Expr {
    let parsed = parse_str(source);
    assert!(parsed.errors.is_empty(), "unexpected errors: {:?}", parsed.errors);
    match parsed.module.body.as_slice() {
        [Stmt { kind: upy_syntax::ast::StmtKind::Expr(e), .. }] => e.clone(),
        other => panic!("expected one expression statement, got {other:?}"),
    }
}

pub fn text(source: &str, span: upy_syntax::Span) -> &str {
    &source[span.start as usize..span.end as usize]
}

/// Every span in the tree, read back from the dump (which prints one per
/// node, ident and parameter list).
pub fn all_spans(parsed: &Parsed) -> Vec<(u32, u32)> {
    let dump = upy_syntax::dump::dump_module(&parsed.module);
    dump.lines()
        .filter_map(|line| line.rsplit(' ').next())
        .filter_map(|last| {
            let (a, b) = last.split_once("..")?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect()
}
