//! The differential suite: every program under `tests/oracle/` runs in upy and
//! in genuine MicroPython 1.29 (the WebAssembly port under Node, see
//! `oracle/`). Stdout and the uncaught error's type and message must be
//! identical.
//!
//! A program the oracle cannot run, because the wasm build differs from a
//! board (no `machine`, its own `sys.platform`, an asyncio driven by the
//! browser's event loop), has a `NAME.py.exp` beside it with what the board
//! prints, and its first line says why: `# not in the oracle: <reason>`. The
//! harness lists those programs and their reasons instead of skipping them.
//! `UPY_ORACLE_FILTER=text` runs only the programs whose path contains it.

mod support;

use std::path::{Path, PathBuf};
use support::oracle;
use upy_vm::SessionOptions;

const REASON: &str = "# not in the oracle:";

fn suite_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle")
}

fn programs() -> Vec<PathBuf> {
    let mut out = vec![];
    let mut stack = vec![suite_root()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    if let Ok(filter) = std::env::var("UPY_ORACLE_FILTER") {
        out.retain(|p| p.to_string_lossy().contains(&filter));
    }
    out.sort();
    out
}

fn rel(p: &Path) -> String {
    p.strip_prefix(suite_root()).unwrap_or(p).display().to_string()
}

#[test]
fn programs_match_genuine_micropython() {
    let all = programs();
    let mut failures = vec![];
    let mut to_oracle: Vec<(PathBuf, String)> = vec![];
    let mut from_files: Vec<(PathBuf, String, String)> = vec![];
    for path in &all {
        let source = std::fs::read_to_string(path).expect("program readable");
        let exp = PathBuf::from(format!("{}.exp", path.display()));
        let reason = source.lines().next().and_then(|l| l.strip_prefix(REASON)).map(|r| r.trim().to_string());
        match (exp.exists(), reason) {
            (true, Some(reason)) => {
                let expected = std::fs::read_to_string(&exp).expect(".exp readable");
                from_files.push((path.clone(), source, format!("{reason}\n{expected}")));
            }
            (true, None) => failures.push(format!("{}: has a .exp but no `{REASON} <why>` first line", rel(path))),
            (false, Some(_)) => failures.push(format!("{}: says it is not in the oracle but has no .exp", rel(path))),
            (false, None) => to_oracle.push((path.clone(), source)),
        }
    }

    let expected: Vec<String> = if to_oracle.is_empty() {
        vec![]
    } else {
        if let Some(why) = oracle::missing() {
            panic!("the differential suite needs genuine MicroPython: {why}");
        }
        let sources: Vec<String> = to_oracle.iter().map(|(_, s)| s.clone()).collect();
        oracle::run_in_oracle(&sources).unwrap_or_else(|e| panic!("the oracle failed: {e}"))
    };

    for ((path, source), want) in to_oracle.iter().zip(&expected) {
        if want.ends_with("[timed out]\n") {
            failures.push(format!("{}: MicroPython itself did not end within {:?}", rel(path), oracle::DEADLINE));
            continue;
        }
        let got = oracle::run_in_upy(source, SessionOptions { virtual_time: true, ..Default::default() });
        if &got != want {
            failures.push(format!("{}\n--- micropython\n{want}--- upy\n{got}", rel(path)));
        }
    }

    println!("{} programs compared with genuine MicroPython", to_oracle.len());
    if !from_files.is_empty() {
        println!("{} programs compared with a .exp instead, because the oracle cannot run them:", from_files.len());
    }
    for (path, source, reason_and_expected) in &from_files {
        let (reason, want) = reason_and_expected.split_once('\n').unwrap_or(("", ""));
        println!("  {}: {reason}", rel(path));
        let got = oracle::run_in_upy(source, SessionOptions { virtual_time: true, ..Default::default() });
        if got != want {
            failures.push(format!("{} (against its .exp)\n--- expected\n{want}--- upy\n{got}", rel(path)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from MicroPython:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n\n")
    );
}
