//! Fuzzing the whole pipeline (lexer, parser, compiler, VM): random token
//! soups and mutations of the conformance programs must never panic, hang
//! or take the host down — every run ends with output or an exception.

mod support;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use upy_vm::target::{Interrupt, RunOutcome, RunRequest};
use upy_vm::{Session, SessionOptions};

const PIECES: &[&str] = &[
    "def ",
    "class ",
    "f",
    "x",
    "y",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<",
    "==",
    "not ",
    " and ",
    " or ",
    "lambda ",
    "yield ",
    "return ",
    "if ",
    "else",
    "while ",
    "for ",
    " in ",
    "try:",
    "except",
    "finally:",
    "with ",
    " as ",
    "import ",
    "from ",
    "raise ",
    "1",
    "0",
    "1.5",
    "10**9",
    "'s'",
    "b'b'",
    "f'{x}'",
    "None",
    "True",
    "[]",
    "{}",
    "()",
    "\n",
    "\n    ",
    "\n        ",
    "print(",
    "len(",
    "range(",
    "str(",
    "list(",
    "super()",
    "self",
    "*a",
    "**k",
    "@f\n",
    "async ",
    "await ",
    "global x",
    "nonlocal x",
    "del ",
    "assert ",
    "pass",
    "break",
    "continue",
    ";",
    "\\\n",
    "#c",
    "\"\"\"",
    "'",
];

/// Run one program with a small heap, virtual time and a watchdog that
/// interrupts it after a while. Returns false if the interpreter panicked.
fn survives(source: &str) -> bool {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(move || {
            let opts = SessionOptions { virtual_time: true, heap_limit: 8 << 20, ..Default::default() };
            let mut s = Session::new(opts);
            let interrupt = Interrupt::new();
            let watchdog = {
                let i = interrupt.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(300));
                    i.trigger();
                })
            };
            let mut cap = support::Capture::default();
            let req = RunRequest { code: &source, file_name: "<fuzz>", want_result: true };
            let out = s.run(&req, &mut cap, &mut support::NoInput, &interrupt);
            drop(watchdog);
            let internal = matches!(&out, RunOutcome::Error(e) if e.ename == "SystemError");
            // The session must still work afterwards.
            let again = s.run(
                &RunRequest { code: "1+1", file_name: "<fuzz>", want_result: true },
                &mut cap,
                &mut support::NoInput,
                &Interrupt::new(),
            );
            !internal && matches!(again, RunOutcome::Ok { .. })
        })
        .expect("spawn")
        .join()
        .unwrap_or(false)
}

static RAN: AtomicUsize = AtomicUsize::new(0);

/// Case count: small in CI, large on purpose (`UPY_FUZZ_CASES=20000`).
fn cases(default: u32) -> u32 {
    std::env::var("UPY_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn random_token_soups_never_crash() {
    let mut runner = TestRunner::new(Config { cases: cases(400), failure_persistence: None, ..Config::default() });
    let strategy = prop::collection::vec(0..PIECES.len(), 1..60);
    runner
        .run(&strategy, |idx| {
            let src: String = idx.iter().map(|&i| PIECES[i]).collect();
            RAN.fetch_add(1, Ordering::Relaxed);
            prop_assert!(survives(&src), "crashed on:\n{}", src);
            Ok(())
        })
        .unwrap();
    println!("{} random programs ran", RAN.load(Ordering::Relaxed));
}

#[test]
fn mutated_programs_never_crash() {
    let programs: Vec<String> = support::fixtures().iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    assert!(!programs.is_empty());
    let mut runner = TestRunner::new(Config { cases: cases(300), failure_persistence: None, ..Config::default() });
    let strategy = (0..programs.len(), prop::collection::vec((any::<u16>(), 0..PIECES.len(), 0u8..3), 1..6));
    runner
        .run(&strategy, |(which, edits)| {
            let mut src: Vec<char> = programs[which].chars().collect();
            for (pos, piece, op) in edits {
                if src.is_empty() {
                    break;
                }
                let at = pos as usize % src.len();
                match op {
                    0 => {
                        src.remove(at);
                    }
                    1 => src.splice(at..at, PIECES[piece].chars()).for_each(drop),
                    _ => src.truncate(at),
                }
            }
            let s: String = src.into_iter().collect();
            RAN.fetch_add(1, Ordering::Relaxed);
            prop_assert!(survives(&s), "crashed on:\n{}", s);
            Ok(())
        })
        .unwrap();
}

/// Inputs that once crashed the VM, kept as regression tests.
#[test]
fn known_bad_inputs() {
    let cases = [
        "(".repeat(5000),
        "[".repeat(3000) + &"]".repeat(3000),
        "x = 1\n".repeat(2) + "def f(:\n",
        "def f():\n    return f()\nf()".to_string(),
        "a = []\nwhile True: a.append(a)".to_string(),
        "'x' * 10**10".to_string(),
        "2 ** 10**9".to_string(),
        "while True: pass".to_string(),
        "class A:\n    def __eq__(s, o): return s == o\nA() == A()".to_string(),
        "import sys\nsys.exit(3)".to_string(),
        "".to_string(),
        "\0".to_string(),
    ];
    for c in &cases {
        assert!(survives(c), "crashed on: {c:.80}");
    }
}
