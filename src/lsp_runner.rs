//! What "Run cell" in the editor runs on: a VM session on a simulated
//! board, or a board over its serial port — the same `Target` seam the
//! kernel uses. The language server calls it from its own threads; the
//! session runs on a thread with the VM's stack size and streams output
//! back as it is printed.

use std::sync::mpsc;
use std::sync::Mutex;
use upy_lsp::runner::{CodeRunner, LiveCompletion, OutputStream, RunRequest, RunResult};
use upy_vm::target::{InputSource, Interrupt, OutputSink, RunOutcome, Stream, Target};
use upy_vm::{Session, SessionOptions, SESSION_STACK_SIZE};

pub struct TargetRunner {
    target: Mutex<Box<dyn Target>>,
    interrupt: Interrupt,
}

impl TargetRunner {
    pub fn new(board: &str) -> TargetRunner {
        TargetRunner { target: Mutex::new(simulated(board)), interrupt: Interrupt::new() }
    }
}

fn simulated(board: &str) -> Box<dyn Target> {
    Box::new(Session::new(SessionOptions { board: board.to_string(), ..Default::default() }))
}

struct ChannelSink(mpsc::Sender<(Stream, String)>);

impl OutputSink for ChannelSink {
    fn write(&mut self, stream: Stream, text: &str) {
        let _ = self.0.send((stream, text.to_string()));
    }
}

/// The editor has no stdin for a running cell.
struct NoInput;

impl InputSource for NoInput {
    fn read_line(&mut self, _prompt: &str, _password: bool) -> Option<String> {
        None
    }
}

impl CodeRunner for TargetRunner {
    fn run(&self, request: &RunRequest<'_>, output: &mut dyn FnMut(OutputStream, &str)) -> RunResult {
        let (tx, rx) = mpsc::channel();
        let (code, file) = (request.code.to_string(), request.file_name.to_string());
        self.interrupt.clear();
        let outcome = std::thread::scope(|scope| {
            let worker = std::thread::Builder::new().stack_size(SESSION_STACK_SIZE).spawn_scoped(scope, || {
                let mut sink = ChannelSink(tx);
                let mut target = self.target.lock().unwrap_or_else(|e| e.into_inner());
                let req = upy_vm::target::RunRequest { code: &code, file_name: &file, want_result: false };
                target.run(&req, &mut sink, &mut NoInput, &self.interrupt)
            });
            for (stream, text) in rx {
                let s = match stream {
                    Stream::Stdout => OutputStream::Stdout,
                    Stream::Stderr => OutputStream::Stderr,
                };
                output(s, &text);
            }
            worker.map(|h| h.join())
        });
        match outcome {
            Ok(Ok(RunOutcome::Ok { .. })) => RunResult::Ok,
            Ok(Ok(RunOutcome::Error(e))) => RunResult::Error { ename: e.ename, evalue: e.evalue, traceback: e.traceback },
            _ => RunResult::Error {
                ename: "RuntimeError".into(),
                evalue: "the interpreter stopped unexpectedly".into(),
                traceback: vec![],
            },
        }
    }

    fn interrupt(&self) {
        self.interrupt.trigger();
    }

    /// `esp32`, `rp2`, `generic` (a simulated board), or a serial port
    /// (`/dev/ttyUSB0`, `auto`).
    fn select_target(&self, target: &str) -> Result<String, String> {
        let new: Box<dyn Target> = if upy_vm::stubs::BOARDS.contains(&target) {
            simulated(target)
        } else {
            let info = upy_device::resolve_port(Some(target)).map_err(|e| e.to_string())?;
            let conn = upy_device::Connection::open(upy_device::ConnectOptions::for_port(&info)).map_err(|e| e.to_string())?;
            Box::new(conn)
        };
        let description = new.describe();
        let mut current = self.target.lock().unwrap_or_else(|e| e.into_inner());
        *current = new;
        Ok(description)
    }

    /// Live names of the session, without waiting for a running cell.
    fn complete(&self, prefix: &str) -> Vec<LiveCompletion> {
        match self.target.try_lock() {
            Ok(mut t) => t.complete(prefix).into_iter().map(|c| LiveCompletion { name: c.name, detail: c.detail }).collect(),
            Err(_) => Vec::new(),
        }
    }
}
