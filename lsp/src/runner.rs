//! Running code from the editor. The server does not know how code runs:
//! the `upy` binary hands it a `CodeRunner` backed by the VM session and,
//! once the editor picks a port, a board connection. `upy.runCell` /
//! `upy.runFile` call `run` on a blocking thread and forward output as
//! `upy/output` notifications while it is printed.

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
    pub place: Place,
}

/// Where one run goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The target the editor selected (a simulated board or a port).
    Current,
    /// The VM session on the simulated board, whatever is selected.
    Local,
    /// The selected port; an error when none is.
    Board,
}

/// What the editor chose to run on: the `upy.*` settings, as sent in
/// `initializationOptions` and `upy.selectTarget`. A port wins over a
/// simulated board.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetChoice {
    /// `esp32`, `rp2`, `generic`.
    #[serde(default)]
    pub board: Option<String>,
    /// A serial port path, or `auto`.
    #[serde(default)]
    pub port: Option<String>,
    #[serde(default)]
    pub baudrate: Option<u32>,
    #[serde(default)]
    pub virtual_time: Option<bool>,
}

impl TargetChoice {
    /// The older one-string form: a board name, `local`, or a port.
    pub fn from_name(name: &str) -> TargetChoice {
        if matches!(name, "local" | "") {
            return TargetChoice::default();
        }
        // A board's name (or an alias: `pico` is rp2), else a serial port.
        match crate::analysis::board::Board::parse(name) {
            Some(board) => TargetChoice { board: Some(board.name().to_string()), ..TargetChoice::default() },
            None => TargetChoice { port: Some(name.to_string()), ..TargetChoice::default() },
        }
    }

    /// The port to use, if one was chosen (empty strings mean none).
    pub fn port(&self) -> Option<&str> {
        self.port.as_deref().map(str::trim).filter(|p| !p.is_empty())
    }
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
    /// Switch where code runs: a simulated board, or a serial port for a
    /// board (opened now, so a wrong port is reported at once). Returns a
    /// description of the new target.
    fn select_target(&self, choice: &TargetChoice) -> Result<String, String>;
    /// The choice from `initializationOptions`: remembered, not acted on,
    /// so start-up never waits for a serial port; the first run connects.
    fn configure(&self, _choice: &TargetChoice) {}
    /// Write a file to the current target's filesystem (the simulated
    /// flash, or the board's), creating parent folders.
    fn put_file(&self, _path: &str, _data: &[u8]) -> Result<(), String> {
        Err(NO_INTERPRETER.into())
    }
    /// [`CodeRunner::put_file`], telling `progress` how many bytes of how
    /// many have gone (a board's upload takes a while).
    fn put_file_with_progress(
        &self,
        path: &str,
        data: &[u8],
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(), String> {
        self.put_file(path, data)?;
        progress(data.len() as u64, data.len() as u64);
        Ok(())
    }
    /// Soft reset of the current target (stopping a run first). Returns a
    /// description of the target.
    fn reset(&self) -> Result<String, String> {
        Err(NO_INTERPRETER.into())
    }
    /// Close the board's serial port so another program (a REPL terminal)
    /// can open it; the next run on the board opens it again.
    fn release_port(&self) -> Result<(), String> {
        Ok(())
    }
    /// The simulated board's picture (SVG) with its pins as they are now.
    /// `board` names the board to draw when no session exists yet.
    fn pins_svg(&self, _board: Option<&str>) -> Result<String, String> {
        Err(NO_INTERPRETER.into())
    }
    /// Live names matching a possibly dotted prefix (`led.o`). Called on
    /// the completion path: must not wait for a run in progress (return
    /// nothing when the session is busy, e.g. with `try_lock`).
    fn complete(&self, _prefix: &str) -> Vec<LiveCompletion> {
        Vec::new()
    }
}

const NO_INTERPRETER: &str = "this language server was started without an interpreter";

/// The runner used when the server was started without an interpreter.
pub struct NoRunner;

impl CodeRunner for NoRunner {
    fn run(&self, _request: &RunRequest<'_>, _output: &mut dyn FnMut(OutputStream, &str)) -> RunResult {
        RunResult::Error { ename: "RuntimeError".into(), evalue: NO_INTERPRETER.into(), traceback: Vec::new() }
    }
    fn interrupt(&self) {}
    fn select_target(&self, _choice: &TargetChoice) -> Result<String, String> {
        Err(NO_INTERPRETER.into())
    }
}

/// A stand-in interpreter for testing the plumbing end to end: it "prints"
/// each line of the code it is given, raises on a line `raise`, and
/// remembers the names of `name = …` lines as its live globals and the
/// files put to it.
#[derive(Default)]
pub struct EchoRunner {
    names: std::sync::Mutex<Vec<String>>,
    files: std::sync::Mutex<Vec<(String, Vec<u8>)>>,
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
    fn select_target(&self, choice: &TargetChoice) -> Result<String, String> {
        Ok(format!("echo ({})", choice.port().or(choice.board.as_deref()).unwrap_or("local")))
    }
    fn put_file(&self, path: &str, data: &[u8]) -> Result<(), String> {
        self.files.lock().unwrap_or_else(|e| e.into_inner()).push((path.to_string(), data.to_vec()));
        Ok(())
    }
    fn reset(&self) -> Result<String, String> {
        self.names.lock().unwrap_or_else(|e| e.into_inner()).clear();
        Ok("echo".into())
    }
    fn pins_svg(&self, board: Option<&str>) -> Result<String, String> {
        let files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let listed: Vec<String> = files.iter().map(|(p, d)| format!("{p} ({} bytes)", d.len())).collect();
        Ok(format!("<svg><text>{} {}</text></svg>", board.unwrap_or("echo"), listed.join(", ")))
    }
    fn complete(&self, prefix: &str) -> Vec<LiveCompletion> {
        let names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        names
            .iter()
            .filter(|n| n.starts_with(prefix))
            .map(|n| LiveCompletion { name: n.clone(), detail: Some("live".into()) })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::TargetChoice;

    #[test]
    fn a_target_name_is_a_board_with_its_aliases_or_a_port() {
        assert_eq!(TargetChoice::from_name("local"), TargetChoice::default());
        assert_eq!(TargetChoice::from_name("pico").board.as_deref(), Some("rp2"));
        assert_eq!(TargetChoice::from_name("ESP32").board.as_deref(), Some("esp32"));
        let port = TargetChoice::from_name("/dev/ttyUSB0");
        assert_eq!((port.board, port.port.as_deref()), (None, Some("/dev/ttyUSB0")));
    }
}
