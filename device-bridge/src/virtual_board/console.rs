//! Running one program on the board's target, with the UART as its console.

use std::cell::RefCell;
use std::sync::atomic::Ordering;
use std::time::Duration;

use upy_vm::target::{ErrorInfo, InputSource, MimeBundle, OutputSink, RunOutcome, RunRequest, Stream, Target};

use super::line_editor::{LineEnd, Readline};
use super::wire::{ByteInput, ByteOutput, Shared};

/// Program output goes to the UART, stdout and stderr alike (a board has one
/// console); only the final exception is framed apart in the raw REPL.
struct UartSink<'a, 'o> {
    out: &'a RefCell<&'o mut ByteOutput>,
}

impl OutputSink for UartSink<'_, '_> {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.out.borrow_mut().cooked(text);
    }

    fn display(&mut self, bundle: MimeBundle) {
        if let Some((_, text)) = bundle.iter().find(|(mime, _)| mime == "text/plain") {
            let mut out = self.out.borrow_mut();
            out.cooked(text);
            out.cooked("\n");
        }
    }
}

/// `input()` as on a board: the prompt, then a line read with echo.
struct UartInput<'a, 'o> {
    out: &'a RefCell<&'o mut ByteOutput>,
    input: &'a mut ByteInput,
    shared: &'a Shared,
}

impl InputSource for UartInput<'_, '_> {
    fn read_line(&mut self, prompt: &str, _password: bool) -> Option<String> {
        let mut out = self.out.borrow_mut();
        out.cooked(prompt);
        let shared = self.shared;
        // Ctrl-C never reaches here while running (it raises the interrupt),
        // so the wait ends on the interrupt flag or on shutdown.
        let mut next = || loop {
            if shared.interrupt.is_set() || shared.stopping() {
                return None;
            }
            match self.input.next_timeout(Duration::from_millis(20)) {
                Ok(Some(b)) => return Some(b),
                Ok(None) => continue,
                Err(_) => return None,
            }
        };
        // `input()` has its own editor state: no auto-indent, no history
        // shared with the REPL.
        let mut line = Vec::new();
        match Readline::new().read(&mut next, &mut out, "", &mut line) {
            LineEnd::Line => Some(String::from_utf8_lossy(&line).into_owned()),
            _ => None,
        }
    }
}

/// What a finished run left to print.
pub struct Ran {
    pub error: Option<ErrorInfo>,
    pub result: Option<String>,
}

pub fn run_program(
    target: &mut dyn Target,
    code: &str,
    want_result: bool,
    out: &mut ByteOutput,
    input: &mut ByteInput,
    shared: &Shared,
) -> Ran {
    shared.interrupt.clear();
    shared.running.store(true, Ordering::SeqCst);
    let request = RunRequest { code, file_name: "<stdin>", want_result };
    let out = RefCell::new(out);
    let outcome = {
        let mut sink = UartSink { out: &out };
        let mut uart_input = UartInput { out: &out, input, shared };
        target.run(&request, &mut sink, &mut uart_input, &shared.interrupt)
    };
    shared.running.store(false, Ordering::SeqCst);
    shared.interrupt.clear();
    match outcome {
        RunOutcome::Ok { result } => Ran {
            error: None,
            result: result.and_then(|b| b.into_iter().find(|(m, _)| m == "text/plain").map(|(_, t)| t)),
        },
        RunOutcome::Error(e) => Ran { error: Some(e), result: None },
    }
}

/// An exception as MicroPython prints it.
pub fn traceback_text(error: &ErrorInfo) -> String {
    let mut text = String::new();
    if error.traceback.is_empty() {
        text.push_str(&error.ename);
        text.push_str(": ");
        text.push_str(&error.evalue);
        text.push_str("\r\n");
    }
    for line in &error.traceback {
        text.push_str(line);
        text.push_str("\r\n");
    }
    text
}
