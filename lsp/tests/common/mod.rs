//! Shared by the integration tests: the fixture stubs, analysis from a
//! source with a cursor marker, and a readable rendering of results.

#![allow(dead_code)]

use std::sync::Arc;
use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::StubSet;
use upy_lsp::analysis::{board_comment, Analysis, Program};

pub const CURSOR: &str = "<|>";

/// Stubs kept beside the tests, so snapshots do not change when the
/// shipped stubs grow.
pub fn test_stubs(board: Board) -> Arc<StubSet> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/stubs");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/stubs exists") {
        let path = entry.expect("readable").path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        files.push((name, std::fs::read_to_string(&path).expect("readable stub")));
    }
    files.sort();
    Arc::new(StubSet::from_sources(board, files.iter().map(|(n, s)| ("common", n.as_str(), s.as_str()))))
}

/// Analyse `source` (with an optional cursor marker) as one file.
pub fn analyse(source: &str) -> (Analysis, Option<usize>) {
    let cursor = source.find(CURSOR);
    let text = source.replacen(CURSOR, "", 1);
    let board = board_comment(&text).unwrap_or_default();
    (Analysis::new(Program::single(text), board, test_stubs(board)), cursor)
}

/// `line:col` (1-based) of a byte offset.
pub fn line_col(text: &str, offset: u32) -> String {
    let before = &text[..offset as usize];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("{line}:{col}")
}

pub fn render_diagnostics(a: &Analysis) -> String {
    let text = a.text();
    let mut out = String::new();
    for d in a.diagnostics() {
        let snippet = &text[d.span.start as usize..d.span.end as usize];
        out.push_str(&format!(
            "{} {} {:?} `{}`: {}\n",
            line_col(text, d.span.start),
            d.code.as_str(),
            d.severity,
            snippet.lines().next().unwrap_or(""),
            d.message
        ));
        for f in &d.fixes {
            out.push_str(&format!("    fix: {}\n", f.title));
        }
    }
    out
}
