//! The language server reads the stubs with upy's own parser. They use `/`
//! (positional-only parameters) so that pyright rejects keyword arguments
//! MicroPython rejects; the parser flags that as `Unsupported` in programs
//! but still builds the tree, so that is the one error allowed here.

use upy_syntax::{parse, ParseOptions, SyntaxErrorKind};

#[test]
fn every_board_stub_parses_with_the_upy_parser() {
    for board in upy_boards::names() {
        for (module, source) in upy_boards::stubs::board_files(board) {
            let parsed = parse(source, ParseOptions::default());
            let real: Vec<_> = parsed.errors.iter().filter(|e| e.kind != SyntaxErrorKind::Unsupported).collect();
            assert!(real.is_empty(), "{board}: {module}.pyi: {real:?}");
            assert!(!parsed.module.body.is_empty());
        }
    }
}
