//! Time each stage of analysing a file: `analysis-timing FILE [BOARD]`.
//! A development aid for the benchmark in `lsp/bench/`.

use std::time::Instant;
use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::StubSet;
use upy_lsp::analysis::{Analysis, Program};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or_else(|| anyhow::anyhow!("usage: analysis-timing FILE [BOARD]"))?;
    let board = args.next().and_then(|b| Board::parse(&b)).unwrap_or(Board::Esp32);
    let text = std::fs::read_to_string(path)?;
    let t = Instant::now();
    let stubs = StubSet::for_board(board);
    println!("stubs:       {:>8.2} ms ({} modules)", t.elapsed().as_secs_f64() * 1e3, stubs.modules.len());
    // The machine may be shared: report the fastest of many rounds, which
    // is the cost without preemption.
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut best = [f64::MAX; 4];
    let mut counts = (0, 0);
    for _ in 0..rounds {
        let t = Instant::now();
        let parsed = upy_syntax::parse(&text, Default::default());
        let parse = t.elapsed().as_secs_f64();
        drop(parsed);
        let t = Instant::now();
        let a = Analysis::new(Program::single(text.clone()), board, stubs.clone());
        let model = t.elapsed().as_secs_f64();
        let t = Instant::now();
        counts.0 = a.diagnostics().len();
        let diags = t.elapsed().as_secs_f64();
        let t = Instant::now();
        counts.1 = upy_lsp::analysis::completion::complete(&a, text.len()).items.len();
        let complete = t.elapsed().as_secs_f64();
        for (b, v) in best.iter_mut().zip([parse, model, diags, complete]) {
            *b = b.min(v);
        }
    }
    println!(
        "best of {rounds}: parse alone {:.2} ms, parse+model {:.2} ms, diagnostics {:.2} ms ({} found), completion {:.3} ms ({} items)",
        best[0] * 1e3,
        best[1].max(0.0) * 1e3,
        best[2] * 1e3,
        counts.0,
        best[3] * 1e3,
        counts.1
    );
    // Each diagnostic family on a fresh analysis (the first family pays for
    // the shared type memo).
    let mut family = [f64::MAX; 3];
    for _ in 0..rounds {
        for (i, f) in family.iter_mut().enumerate() {
            let a = Analysis::new(Program::single(text.clone()), board, stubs.clone());
            let mut out = Vec::new();
            let t = Instant::now();
            match i {
                0 => upy_lsp::analysis::checks::names::check(&a, &mut out),
                1 => upy_lsp::analysis::checks::compat::check(&a, &mut out),
                _ => upy_lsp::analysis::checks::stub_calls::check(&a, &mut out),
            }
            *f = f.min(t.elapsed().as_secs_f64());
        }
    }
    println!("alone: names {:.2} ms, compat {:.2} ms, stub calls {:.2} ms", family[0] * 1e3, family[1] * 1e3, family[2] * 1e3);
    Ok(())
}
