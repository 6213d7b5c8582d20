//! What a `upy run` process keeps resident once started: no transparent
//! huge pages under the allocator (each one made 2 MB resident at its
//! first touch), and a small start-up heap.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// A field of `/proc/PID/smaps_rollup`, in kB.
fn rollup_kb(pid: u32, field: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).expect("smaps_rollup readable");
    text.lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("{field} in smaps_rollup"))
}

#[cfg(target_os = "linux")]
#[test]
fn started_run_has_no_huge_pages_and_a_small_anonymous_footprint() {
    let dir = std::env::temp_dir().join(format!("upy-startup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("idle.py");
    std::fs::write(&script, "import time\nprint('ready')\ntime.sleep(30)\n").expect("script written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_upy"))
        .arg("run")
        .arg(&script)
        .stdout(Stdio::piped())
        .spawn()
        .expect("upy starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("a line");
    assert_eq!(line.trim(), "ready");
    let huge = rollup_kb(child.id(), "AnonHugePages");
    let anon = rollup_kb(child.id(), "Anonymous");
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(huge, 0, "transparent huge pages under the allocator");
    // The VM, its builtins and modules, two threads' touched stacks: about
    // 1.5 MB in a release build (10 MB more with huge pages).
    assert!(anon < 6 * 1024, "{anon} kB anonymous memory after start-up");
}
