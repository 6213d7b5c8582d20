//! The hostile-program corpus (`tests/hostile/`): containers nested a
//! hundred thousand deep or holding themselves, special methods recursing
//! through native code, wrapper chains, `__init__` returning a value,
//! source text nested past the parser's limits, sizes past any heap. Each
//! must end with the output beside it (`NAME.py.out`): Python exceptions
//! where MicroPython raises them, and `alive` at the end: no panic, no
//! abort, no hang. `UPY_BLESS=1` writes missing `.out` files.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use upy_vm::SessionOptions;

/// A program that takes longer has found a slow path, not just a big input.
const TIME_LIMIT: Duration = Duration::from_secs(120);

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/hostile exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    out.sort();
    out
}

#[test]
fn hostile_programs_end_in_python_exceptions() {
    let mut failures = vec![];
    let programs = corpus();
    assert!(programs.len() >= 7, "the corpus is there");
    for path in &programs {
        let source = std::fs::read_to_string(path).expect("readable");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let started = Instant::now();
        let got = support::run_program(&source, &name, None, SessionOptions::default());
        let took = started.elapsed();
        if took > TIME_LIMIT {
            failures.push(format!("{name}: took {took:?}"));
        }
        if !got.ends_with("alive\n") {
            failures.push(format!("{name}: did not finish:\n{got}"));
            continue;
        }
        let expected_path = path.with_extension("py.out");
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            Ok(expected) => failures.push(format!("{name}\n--- expected\n{expected}\n--- got\n{got}")),
            Err(_) if std::env::var_os("UPY_BLESS").is_some() => {
                std::fs::write(&expected_path, &got).expect("writable");
            }
            Err(_) => failures.push(format!("{name}: no .py.out beside it; got:\n{got}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} hostile programs:\n\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n\n")
    );
}
