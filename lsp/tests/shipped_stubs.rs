//! The stubs embedded from `stubs/` parse cleanly and give each board the
//! modules the analysis relies on.

use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::{StubKind, StubRef, StubSet};
use upy_syntax::{parse, ParseOptions, SyntaxErrorKind};

#[test]
fn every_board_has_machine_pin_and_time() {
    for board in Board::all() {
        let stubs = StubSet::for_board(board);
        let pin = StubRef { module: "machine".into(), path: vec!["Pin".into()] };
        assert_eq!(stubs.get(&pin).map(|i| i.kind), Some(StubKind::Class), "{board}: machine.Pin");
        assert!(stubs.has_module("time"), "{board}: time");
    }
}

#[test]
fn shipped_stubs_parse_without_errors() {
    for board in Board::all() {
        let stubs = StubSet::for_board(board);
        for m in stubs.modules.values() {
            // Stubs may use grammar MicroPython lacks (`/`): only real errors count.
            let errors: Vec<_> = parse(&m.source, ParseOptions::default())
                .errors
                .into_iter()
                .filter(|e| e.kind != SyntaxErrorKind::Unsupported)
                .collect();
            assert!(errors.is_empty(), "{board}/{}: {:?}", m.name, errors.first());
        }
    }
}

/// The stub authors' usage programs (`stubs/tests/usage_<board>.py`) mark
/// each line pyright must reject with `# pyright: ignore`. Every stub-call
/// or unknown-attribute finding of ours must be on such a line: no false
/// positives on real code written against the stubs.
#[test]
fn no_stub_findings_on_lines_pyright_accepts() {
    use upy_lsp::analysis::diagnostic::Code;
    use upy_lsp::analysis::{Analysis, Program};
    for board in Board::all() {
        let path = format!("{}/../stubs/tests/usage_{}.py", env!("CARGO_MANIFEST_DIR"), board.name());
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let a = Analysis::new(Program::single(text.clone()), board, StubSet::for_board(board));
        for d in a.diagnostics() {
            if !matches!(d.code, Code::StubCallArguments | Code::UnknownStubAttribute | Code::InvalidPin) {
                continue;
            }
            let line_no = text[..d.span.start as usize].matches('\n').count();
            let line = text.lines().nth(line_no).unwrap_or("");
            assert!(line.contains("pyright: ignore"), "{path}:{}: {} {}", line_no + 1, d.code.as_str(), d.message);
        }
    }
}
