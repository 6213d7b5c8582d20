//! The seam between the front ends (kernel, language server, command line)
//! and the places code runs: the VM on a simulated board, or a real board
//! over its serial REPL. Both implement [`Target`].

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

/// Which output stream text belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// A MIME bundle: `(mime type, content)` pairs, richest first, always with a
/// `text/plain` entry.
pub type MimeBundle = Vec<(String, String)>;

/// Receives output as it is produced. A target calls `write` for each piece
/// of text the program prints, never buffering to the end of a run.
pub trait OutputSink {
    fn write(&mut self, stream: Stream, text: &str);
    /// Whether `stream`'s reader has gone away (`upy run … | head -1`), so
    /// that printing more raises `OSError(EPIPE)` as on MicroPython's unix
    /// port instead of running on unheard.
    fn closed(&self, _stream: Stream) -> bool {
        false
    }
    /// Rich output (`display(...)` in a cell, the board picture). Sinks
    /// without rich output print the `text/plain` form.
    fn display(&mut self, bundle: MimeBundle) {
        if let Some((_, text)) = bundle.iter().find(|(mime, _)| mime == "text/plain") {
            let mut line = text.clone();
            if !line.ends_with('\n') {
                line.push('\n');
            }
            self.write(Stream::Stdout, &line);
        }
    }
}

/// Drops what a run prints: for code run for its value only
/// (`user_expressions`) or for its exceptions (fuzzing).
pub struct Discard;

impl OutputSink for Discard {
    fn write(&mut self, _stream: Stream, _text: &str) {}
}

/// Supplies lines for `input()`.
pub trait InputSource {
    /// Ask for one line (without its newline). `None` means no input is
    /// available (the front end has no stdin, or it was closed).
    fn read_line(&mut self, prompt: &str, password: bool) -> Option<String>;
}

/// For runs with no stdin (an editor's cell, a file transfer, a test):
/// `input()` raises rather than waiting for a line.
pub struct NoInput;

impl InputSource for NoInput {
    fn read_line(&mut self, _prompt: &str, _password: bool) -> Option<String> {
        None
    }
}

/// A shared flag a front end sets to stop a running program. The VM checks it
/// at backward jumps, calls and sleeps; a board bridge sends Ctrl-C. Either
/// way the run ends with `KeyboardInterrupt`.
///
/// `stop` is the same interrupt that no `except` or `finally` can hold
/// back, for a program that swallows `KeyboardInterrupt` in a loop: a
/// watchdog's last resort before giving up on the whole process.
#[derive(Clone, Debug, Default)]
pub struct Interrupt(Arc<AtomicU8>);

/// An interrupt the VM has not yet raised.
const PENDING: u8 = 1;
/// Handlers are skipped until the run ends.
const STOP: u8 = 2;

impl Interrupt {
    pub fn new() -> Interrupt {
        Interrupt::default()
    }
    pub fn trigger(&self) {
        self.0.fetch_or(PENDING, Ordering::SeqCst);
    }
    /// Interrupt, and let no handler catch it until the run ends.
    pub fn stop(&self) {
        self.0.fetch_or(PENDING | STOP, Ordering::SeqCst);
    }
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed) & PENDING != 0
    }
    pub fn is_stopping(&self) -> bool {
        self.0.load(Ordering::Relaxed) & STOP != 0
    }
    /// Clear the pending interrupt, returning whether it was set (a stop
    /// stays in force).
    pub fn take(&self) -> bool {
        self.0.fetch_and(!PENDING, Ordering::SeqCst) & PENDING != 0
    }
    /// The VM raised the pending interrupt (a stop stays in force).
    pub fn acknowledge(&self) {
        self.0.fetch_and(!PENDING, Ordering::SeqCst);
    }
    /// Clear both: before or after a run.
    pub fn clear(&self) {
        self.0.store(0, Ordering::SeqCst);
    }
}

/// An exception that ended a run, in the form MicroPython prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorInfo {
    /// Exception class name, e.g. `ZeroDivisionError`.
    pub ename: String,
    /// The message, e.g. `divide by zero`.
    pub evalue: String,
    /// The full traceback as lines: `Traceback (most recent call last):`,
    /// `  File "<stdin>", line 3, in f`, …, `ZeroDivisionError: divide by zero`.
    pub traceback: Vec<String>,
}

impl ErrorInfo {
    pub fn new(ename: impl Into<String>, evalue: impl Into<String>) -> ErrorInfo {
        let ename = ename.into();
        let evalue = evalue.into();
        let last = if evalue.is_empty() { ename.clone() } else { format!("{ename}: {evalue}") };
        ErrorInfo { ename, evalue, traceback: vec![last] }
    }
}

/// What one run asks for.
#[derive(Clone, Debug)]
pub struct RunRequest<'a> {
    pub code: &'a str,
    /// Shown in tracebacks: `<stdin>` for cells, the path for files.
    pub file_name: &'a str,
    /// Return the value of a trailing expression (a notebook's `Out[n]`).
    pub want_result: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunOutcome {
    /// `result` is the trailing expression's value when asked for and not None.
    Ok {
        result: Option<MimeBundle>,
    },
    Error(ErrorInfo),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Keyword,
    Variable,
    Function,
    Class,
    Module,
    Attribute,
    Constant,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub name: String,
    pub kind: CompletionKind,
    /// One-line description (a signature or the first line of a docstring).
    pub detail: Option<String>,
}

/// Where code runs. Implemented by the VM session (`Session`) and by the
/// board connection (`upy-device`).
pub trait Target: Send {
    /// Run code to completion, streaming output to `out` as it is produced.
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome;

    /// Names that could follow `prefix` (which may be dotted: `led.o`), from
    /// the target's live state. Targets without live state return nothing.
    fn complete(&mut self, prefix: &str) -> Vec<Completion>;

    /// Signature and documentation of a live name (possibly dotted).
    fn inspect(&mut self, name: &str) -> Option<String>;

    /// Soft reset: fresh globals, board state cleared.
    fn reset(&mut self) -> Result<(), ErrorInfo>;

    /// A short description for status lines: "simulated esp32",
    /// "/dev/ttyUSB0 (ESP32)".
    fn describe(&self) -> String;
}
