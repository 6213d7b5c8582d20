//! Print the diagnostics for files, as the server would publish them:
//! `check-file [--board BOARD] FILE...`. A development aid (and a quick way
//! to try the checks on real programs). Each line is
//! `FILE:LINE:COL: SEVERITY CODE message`.

use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::StubSet;
use upy_lsp::analysis::{board_comment, Analysis, Program};

fn main() -> anyhow::Result<()> {
    let mut board_arg = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--board" {
            board_arg = args.next().and_then(|b| Board::parse(&b));
        } else {
            paths.push(a);
        }
    }
    if paths.is_empty() {
        anyhow::bail!("usage: check-file [--board BOARD] FILE...");
    }
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        let board = board_arg.or_else(|| board_comment(&text)).unwrap_or_default();
        let a = Analysis::new(Program::single(text.clone()), board, StubSet::for_board(board));
        for d in a.diagnostics() {
            let before = &text[..d.span.start as usize];
            let line = before.matches('\n').count() + 1;
            let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            println!("{path}:{line}:{col}: {:?} {} {}", d.severity, d.code.as_str(), d.message);
        }
    }
    Ok(())
}
