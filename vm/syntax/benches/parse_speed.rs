//! Parse speed on a 10,000-line file of typical MicroPython (the test
//! corpus repeated), beside CPython's `ast.parse` on the same text when
//! `python3` is on the PATH.
//!
//! `cargo bench -p upy-syntax --bench parse_speed`

use std::time::{Duration, Instant};
use upy_syntax::{parse, tokenize, ParseOptions};

const CORPUS: &[&str] = &[
    include_str!("../tests/corpus/blink.py"),
    include_str!("../tests/corpus/sensors.py"),
    include_str!("../tests/corpus/tasks.py"),
    include_str!("../tests/corpus/collections_demo.py"),
    include_str!("../tests/corpus/text_formatting.py"),
    include_str!("../tests/corpus/functional.py"),
    include_str!("../tests/corpus/shapes.py"),
    include_str!("../tests/corpus/errors_and_files.py"),
    include_str!("../tests/corpus/numbers_and_bits.py"),
];

fn source_of_lines(min_lines: usize) -> String {
    let mut source = String::new();
    let mut lines = 0;
    while lines < min_lines {
        for file in CORPUS {
            source.push_str(file);
            source.push('\n');
            lines += file.lines().count() + 1;
        }
    }
    source
}

/// Best of `runs` timings (the least disturbed by other processes).
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn cpython_seconds(source: &str) -> Option<f64> {
    let path = std::env::temp_dir().join(format!("upy-parse-bench-{}.py", std::process::id()));
    std::fs::write(&path, source).ok()?;
    let script = "import ast, sys, time\n\
                  src = open(sys.argv[1]).read()\n\
                  best = min((lambda t: (ast.parse(src), time.perf_counter() - t)[1])(time.perf_counter()) for _ in range(10))\n\
                  print(best)";
    let output = std::process::Command::new("python3").arg("-c").arg(script).arg(&path).output().ok();
    let _ = std::fs::remove_file(&path);
    let output = output?;
    String::from_utf8(output.stdout).ok()?.trim().parse().ok()
}

fn main() {
    let source = source_of_lines(10_000);
    let lines = source.lines().count();
    let parsed = parse(&source, ParseOptions::default());
    assert!(parsed.errors.is_empty(), "benchmark source must be valid: {:?}", parsed.errors.first());

    let lex = best_of(20, || {
        std::hint::black_box(tokenize(std::hint::black_box(&source), ParseOptions::default()));
    });
    let full = best_of(20, || {
        std::hint::black_box(parse(std::hint::black_box(&source), ParseOptions::default()));
    });
    let mb = source.len() as f64 / 1e6;
    println!("source: {lines} lines, {:.0} KB", source.len() as f64 / 1e3);
    println!("upy-syntax tokenize: {:>8.2} ms", lex.as_secs_f64() * 1e3);
    println!(
        "upy-syntax parse:    {:>8.2} ms  ({:.0} lines/ms, {:.0} MB/s)",
        full.as_secs_f64() * 1e3,
        lines as f64 / (full.as_secs_f64() * 1e3),
        mb / full.as_secs_f64()
    );
    match cpython_seconds(&source) {
        Some(seconds) => println!("CPython ast.parse:   {:>8.2} ms  (peer, same text)", seconds * 1e3),
        None => println!("CPython ast.parse:   (python3 not available)"),
    }
}
