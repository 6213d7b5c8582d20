//! Differential tests: where CPython 3 and MicroPython agree, a program's
//! output under upy must equal its output under `python3`. Fixtures named
//! `*_mpy.py` test MicroPython-only behaviour and are skipped here.

mod support;

use std::process::Command;
use upy_vm::SessionOptions;

#[test]
fn programs_agree_with_cpython() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 not found: differential tests skipped");
        return;
    }
    let mut failures = vec![];
    let mut ran = 0;
    for path in support::fixtures() {
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if name.ends_with("_mpy.py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("fixture readable");
        let cpython = Command::new("python3")
            .arg(&name)
            .current_dir(path.parent().expect("has a folder"))
            .env("PYTHONHASHSEED", "0")
            .output()
            .expect("python3 runs");
        if !cpython.status.success() {
            // Programs that end in an exception differ in traceback form;
            // those belong in `_mpy` fixtures.
            failures.push(format!(
                "{}: python3 failed: {}",
                support::rel(&path),
                String::from_utf8_lossy(&cpython.stderr)
            ));
            continue;
        }
        let expected = String::from_utf8_lossy(&cpython.stdout).to_string();
        let options = SessionOptions { virtual_time: true, ..Default::default() };
        let got = support::run_program(&source, &name, path.parent(), options);
        ran += 1;
        if got != expected {
            failures.push(format!("{}\n--- python3\n{}\n--- upy\n{}", support::rel(&path), expected, got));
        }
    }
    println!("{ran} programs compared with python3, {} differ", failures.len());
    assert!(failures.is_empty(), "{} of {ran} differ from CPython:\n\n{}", failures.len(), failures.join("\n\n"));
}
