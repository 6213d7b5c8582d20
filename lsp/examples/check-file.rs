//! Print the diagnostics for a file, as the server would publish them:
//! `check-file FILE [BOARD]`. A development aid (and a quick way to try
//! the checks on real programs).

use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::StubSet;
use upy_lsp::analysis::{board_comment, Analysis, Program};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or_else(|| anyhow::anyhow!("usage: check-file FILE [BOARD]"))?;
    let text = std::fs::read_to_string(&path)?;
    let board = args.next().and_then(|b| Board::parse(&b)).or_else(|| board_comment(&text)).unwrap_or_default();
    let a = Analysis::new(Program::single(text.clone()), board, StubSet::for_board(board));
    for d in a.diagnostics() {
        let before = &text[..d.span.start as usize];
        let line = before.matches('\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        println!("{path}:{line}:{col}: {} {}", d.code.as_str(), d.message);
    }
    Ok(())
}
