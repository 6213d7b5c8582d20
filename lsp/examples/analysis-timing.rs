//! Time each stage of analysing a file: `analysis-timing FILE [BOARD]`.
//! A development aid for the benchmark in `lsp/bench/`.

// As in the `upy` binary, which `upy lsp` runs in.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;
use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::StubSet;
use upy_lsp::analysis::{Analysis, Program};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or_else(|| anyhow::anyhow!("usage: analysis-timing FILE [BOARD]"))?;
    let board = args
        .next()
        .and_then(|b| Board::parse(&b))
        .unwrap_or_else(|| Board::parse("esp32").expect("the table has esp32"));
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
        a.model();
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
            a.model();
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
    println!(
        "alone: names {:.2} ms, compat {:.2} ms, stub calls {:.2} ms",
        family[0] * 1e3,
        family[1] * 1e3,
        family[2] * 1e3
    );
    incremental(&text, board, &stubs, rounds);
    sequence(&text, board, &stubs);
    completion_after_typing(&text, board, &stubs);
    Ok(())
}

/// The benchmark's completion: `b.` typed on the last line, the new text
/// analysed from the clean one before it, then completed.
fn completion_after_typing(text: &str, board: Board, stubs: &std::sync::Arc<StubSet>) {
    use std::sync::Arc;
    use upy_lsp::analysis::incremental::reparse;
    let prev = Arc::new(Analysis::new(Program::from_parts(&[text]), board, stubs.clone()));
    prev.diagnostics();
    let at = text.trim_end_matches('\n').len() + 1;
    let mut typed = text.to_string();
    typed.insert_str(at.min(typed.len()), "b.");
    for i in 0..5 {
        let program = Program::from_parts(&[typed.as_str()]);
        let t = Instant::now();
        let Some(reparsed) = reparse(&prev, &program) else { return };
        let t1 = t.elapsed();
        let a = Arc::new(
            Analysis::with_lazy(program.clone(), board, stubs.clone(), reparsed.body).with_patch(reparsed.patch),
        );
        let near = a.near(at + 2);
        let t2 = t.elapsed();
        let n = upy_lsp::analysis::completion::complete(&near, at + 2).items.len();
        let t3 = t.elapsed();
        // The whole program's model, as before there was a quicker one.
        let full = Arc::new(Analysis::with_lazy(
            program,
            board,
            stubs.clone(),
            reparse(&prev, &Program::from_parts(&[typed.as_str()])).unwrap().body,
        ));
        let t4 = Instant::now();
        full.model();
        let whole = t4.elapsed();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
        println!(
            "completion {i}: re-parse {:.2} ms, model near the edit {:.2} ms, complete {:.2} ms ({n} items); whole model {:.2} ms",
            ms(t1),
            ms(t2 - t1),
            ms(t3 - t2),
            ms(whole)
        );
    }
}

fn incremental(text: &str, board: Board, stubs: &std::sync::Arc<StubSet>, rounds: usize) {
    use upy_lsp::analysis::incremental::{carry_over, reparse};
    let prev = std::sync::Arc::new(Analysis::new(Program::from_parts(&[text]), board, stubs.clone()));
    prev.diagnostics();
    prev.outline();
    let middle = text[..text.len() / 2].rfind('\n').unwrap_or(0);
    let mut spaced = text.to_string();
    spaced.insert(middle, ' ');
    let mut renamed = text.to_string();
    let word = text[middle..].find("self").map_or(middle, |i| middle + i);
    renamed.replace_range(word..word + 1, "z");
    let (mut carry, mut parse, mut model) = (f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let t = Instant::now();
        let carried = carry_over(&prev, Program::from_parts(&[spaced.as_str()]), board, stubs.clone());
        carry = carry.min(t.elapsed().as_secs_f64());
        if carried.is_err() {
            println!("incremental: a space at the middle line is not carried over in this file");
            return;
        }
        let program = Program::from_parts(&[renamed.as_str()]);
        let t = Instant::now();
        let reparsed = reparse(&prev, &program);
        parse = parse.min(t.elapsed().as_secs_f64());
        let Some(reparsed) = reparsed else { continue };
        let a = Analysis::with_lazy(program, board, stubs.clone(), reparsed.body);
        let t = Instant::now();
        a.model();
        model = model.min(t.elapsed().as_secs_f64());
    }
    println!(
        "incremental: carry-over {:.3} ms, re-parse {:.3} ms (+ model {:.2} ms)",
        carry * 1e3,
        parse * 1e3,
        model * 1e3
    );
}

/// The benchmark's sequence in process: trailing-space edits carried over,
/// then code edits re-parsed from the last of them.
fn sequence(text: &str, board: Board, stubs: &std::sync::Arc<StubSet>) {
    use std::sync::Arc;
    use upy_lsp::analysis::incremental::{carry_over, recheck, reparse};
    let mut prev = Arc::new(Analysis::new(Program::from_parts(&[text]), board, stubs.clone()));
    prev.diagnostics();
    let middle = text[..text.len() / 2].rfind('\n').unwrap_or(0);
    let mut current = text.to_string();
    for i in 0..40 {
        if i % 2 == 0 {
            current.insert(middle, ' ')
        } else {
            current.remove(middle);
        }
        let Ok(a) = carry_over(&prev, Program::from_parts(&[current.as_str()]), board, stubs.clone()) else {
            println!("sequence: a space at the middle line is not carried over in this file");
            return;
        };
        prev = Arc::new(a);
    }
    // As the benchmark's code edit: a digit typed into a number and deleted.
    let Some(at) = current[middle..].find("self.count += 1").map(|i| middle + i + "self.count += 1".len()) else {
        return;
    };
    for i in 0..8 {
        if i % 2 == 0 {
            current.insert(at, '0');
        } else {
            current.remove(at);
        }
        let program = Program::from_parts(&[current.as_str()]);
        let t = Instant::now();
        match recheck(&prev, program, board, stubs.clone()) {
            Ok(a) => {
                println!("code edit {i}: one function body re-checked, {:.3} ms", t.elapsed().as_secs_f64() * 1e3);
                prev = Arc::new(a);
            }
            Err(program) => {
                let Some(reparsed) = reparse(&prev, &program) else { return };
                let t1 = t.elapsed();
                let a = Arc::new(Analysis::with_lazy(program, board, stubs.clone(), reparsed.body));
                a.model();
                let t2 = t.elapsed();
                a.diagnostics();
                println!(
                    "code edit {i}: re-parse {:.2} ms, model {:.2} ms, checks {:.2} ms",
                    t1.as_secs_f64() * 1e3,
                    (t2 - t1).as_secs_f64() * 1e3,
                    (t.elapsed() - t2).as_secs_f64() * 1e3
                );
                prev = a;
            }
        }
    }
}
