//! Each `fixtures/*.py` file parsed, its tree (with spans) and errors
//! compared against `snapshots/tree_snapshots__tree@<file>.snap`. Review a
//! changed tree with `cargo insta review` (or `INSTA_UPDATE=always`).

use upy_syntax::{dump::dump_module, parse, LineIndex, ParseOptions};

#[test]
fn tree() {
    insta::glob!("fixtures/*.py", |path| {
        let source = std::fs::read_to_string(path).expect("fixture is readable");
        let parsed = parse(&source, ParseOptions::default());
        let mut out = dump_module(&parsed.module);
        if !parsed.errors.is_empty() {
            out.push_str("--- errors ---\n");
            let lines = LineIndex::new(&source);
            for error in &parsed.errors {
                let (line, col) = lines.line_col(error.span.start);
                out.push_str(&format!("{}:{} {:?}: {}\n", line + 1, col + 1, error.kind, error.message));
            }
        }
        insta::assert_snapshot!(out);
    });
}
