//! Genuine MicroPython (`oracle/run.mjs` under Node) and upy, run the same way
//! and reduced to one comparable text: stdout, then `[Type: message]` for an
//! uncaught error, or `[timed out]`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value as Json};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest};
use upy_vm::{Session, SessionOptions};

use super::{Capture, NoInput};

/// How long one program may run, in either interpreter.
pub const DEADLINE: Duration = Duration::from_secs(10);

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("vm/ has a parent").to_path_buf()
}

/// Why the oracle cannot run on this machine, with what to do about it.
pub fn missing() -> Option<String> {
    let root = repo_root();
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node is not installed (Debian: apt install nodejs npm); .ci/run installs it".into());
    }
    if !root.join("oracle/node_modules/@micropython/micropython-webassembly-pyscript").is_dir() {
        return Some(format!("the oracle's npm package is missing: run `npm ci --prefix {}/oracle`", root.display()));
    }
    None
}

/// One program's ending in comparable form.
pub fn comparable(stdout: &str, error: Option<(&str, &str)>, timed_out: bool) -> String {
    let mut s = stdout.to_string();
    if timed_out {
        s.push_str("[timed out]\n");
    } else if let Some((ty, msg)) = error {
        if msg.is_empty() {
            s.push_str(&format!("[{ty}]\n"));
        } else {
            s.push_str(&format!("[{ty}: {msg}]\n"));
        }
    }
    s
}

/// Run every program in genuine MicroPython, each in a fresh VM, and return
/// their comparable endings in order.
pub fn run_in_oracle(programs: &[String]) -> Result<Vec<String>, String> {
    let mut child = Command::new("node")
        .arg(repo_root().join("oracle/run.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let requests: Vec<String> = programs
        .iter()
        .enumerate()
        .map(|(i, code)| json!({"id": i, "code": code, "timeout_ms": DEADLINE.as_millis() as u64}).to_string())
        .collect();
    // Written from a thread so a full pipe in either direction cannot stall both.
    let writer = std::thread::spawn(move || {
        for r in requests {
            if writeln!(stdin, "{r}").is_err() {
                break;
            }
        }
    });
    let mut out = Vec::with_capacity(programs.len());
    let reader = BufReader::new(child.stdout.take().expect("piped"));
    for line in reader.lines().take(programs.len()) {
        let line = line.map_err(|e| format!("reading the oracle: {e}"))?;
        let answer: Json =
            serde_json::from_str(&line).map_err(|e| format!("bad answer from the oracle: {e}: {line}"))?;
        let error = answer["error"]
            .as_object()
            .map(|e| (e["type"].as_str().unwrap_or("?").to_string(), e["message"].as_str().unwrap_or("").to_string()));
        out.push(comparable(
            answer["stdout"].as_str().unwrap_or(""),
            error.as_ref().map(|(t, m)| (t.as_str(), m.as_str())),
            answer["timeout"].as_bool().unwrap_or(false),
        ));
    }
    let _ = writer.join();
    let _ = child.wait();
    if out.len() != programs.len() {
        return Err(format!("the oracle answered {} of {} programs", out.len(), programs.len()));
    }
    Ok(out)
}

/// Run a program in upy as a cell of a fresh session, stopped at the deadline.
pub fn run_in_upy(source: &str, options: SessionOptions) -> String {
    let source = source.to_string();
    let interrupt = Interrupt::new();
    let watchdog_flag = interrupt.clone();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(DEADLINE) == Err(std::sync::mpsc::RecvTimeoutError::Timeout) {
            watchdog_flag.trigger();
            true
        } else {
            false
        }
    });
    let result = std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(move || {
            let mut session = Session::new(options);
            let mut cap = Capture::default();
            let req = RunRequest { code: &source, file_name: "<stdin>", want_result: false };
            let outcome = session.run(&req, &mut cap, &mut NoInput, &interrupt);
            (cap.out, outcome)
        })
        .expect("spawn")
        .join();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    match result {
        Err(_) => "<<the interpreter panicked>>\n".to_string(),
        Ok((out, RunOutcome::Ok { .. })) => comparable(&out, None, timed_out),
        Ok((out, RunOutcome::Error(e))) => {
            comparable(&out, Some((&e.ename, &e.evalue)), timed_out && e.ename == "KeyboardInterrupt")
        }
    }
}
