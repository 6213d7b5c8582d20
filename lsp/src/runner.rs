//! Running code from the editor. The server does not know how code runs:
//! the `upy` binary hands it a `CodeRunner` backed by the VM session (or a
//! board connection). `upy.runCell` / `upy.runFile` call `run` on a
//! blocking thread and forward output as `upy/output` notifications while
//! it is printed.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputStream {
    Stdout,
    Stderr,
}

#[derive(Clone, Debug)]
pub struct RunRequest<'a> {
    pub code: &'a str,
    /// Shown in tracebacks: `<stdin>` for cells, the path for files.
    pub file_name: &'a str,
    /// Run on the connected board rather than in the local VM.
    pub on_board: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum RunResult {
    Ok,
    Error { ename: String, evalue: String, traceback: Vec<String> },
}

/// A name the running session knows (after a cell ran).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveCompletion {
    pub name: String,
    pub detail: Option<String>,
}

pub trait CodeRunner: Send + Sync + 'static {
    /// Run to completion, calling `output` for each piece of text as the
    /// program prints it. Blocking; the server calls it off the async runtime.
    fn run(&self, request: &RunRequest<'_>, output: &mut dyn FnMut(OutputStream, &str)) -> RunResult;
    /// Stop the current run (it ends with `KeyboardInterrupt`). Called while
    /// `run` is in progress on another thread.
    fn interrupt(&self);
    /// Switch where code runs: `local`, or a serial port for a board.
    /// Returns a description of the new target.
    fn select_target(&self, target: &str) -> Result<String, String>;
    /// Live names matching a possibly dotted prefix (`led.o`). Called on
    /// the completion path: must not wait for a run in progress (return
    /// nothing when the session is busy, e.g. with `try_lock`).
    fn complete(&self, _prefix: &str) -> Vec<LiveCompletion> {
        Vec::new()
    }
}

/// The runner used when the server was started without an interpreter.
pub struct NoRunner;

impl CodeRunner for NoRunner {
    fn run(&self, _request: &RunRequest<'_>, _output: &mut dyn FnMut(OutputStream, &str)) -> RunResult {
        RunResult::Error {
            ename: "RuntimeError".into(),
            evalue: "this language server was started without an interpreter".into(),
            traceback: Vec::new(),
        }
    }
    fn interrupt(&self) {}
    fn select_target(&self, _target: &str) -> Result<String, String> {
        Err("this language server was started without an interpreter".into())
    }
}

/// A stand-in interpreter for testing the plumbing end to end: it "prints"
/// each line of the code it is given, raises on a line `raise`, and
/// remembers the names of `name = …` lines as its live globals.
#[derive(Default)]
pub struct EchoRunner {
    names: std::sync::Mutex<Vec<String>>,
}

impl CodeRunner for EchoRunner {
    fn run(&self, request: &RunRequest<'_>, output: &mut dyn FnMut(OutputStream, &str)) -> RunResult {
        for line in request.code.lines().filter(|l| !l.trim().is_empty()) {
            if let Some((name, _)) = line.split_once('=') {
                let name = name.trim();
                if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    self.names.lock().unwrap_or_else(|e| e.into_inner()).push(name.to_string());
                }
            }
            if line.trim() == "raise" {
                return RunResult::Error {
                    ename: "RuntimeError".into(),
                    evalue: "echo".into(),
                    traceback: vec!["RuntimeError: echo".into()],
                };
            }
            output(OutputStream::Stdout, &format!("{line}\n"));
        }
        RunResult::Ok
    }
    fn interrupt(&self) {}
    fn select_target(&self, target: &str) -> Result<String, String> {
        Ok(format!("echo ({target})"))
    }
    fn complete(&self, prefix: &str) -> Vec<LiveCompletion> {
        let names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        names.iter().filter(|n| n.starts_with(prefix)).map(|n| LiveCompletion { name: n.clone(), detail: Some("live".into()) }).collect()
    }
}
