//! What "Run cell" in the editor runs on: a VM session on a simulated
//! board, or a board over its serial port — the same `Target` seam the
//! kernel uses. The language server calls it from its own threads; the
//! session runs on a thread with the VM's stack size and streams output
//! back as it is printed.

mod targets;

use std::sync::{mpsc, Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};
use targets::Targets;
use upy_lsp::runner::{CodeRunner, LiveCompletion, OutputStream, Place, RunRequest, RunResult, TargetChoice};
use upy_vm::target::{Interrupt, NoInput, OutputSink, RunOutcome, Stream};
use upy_vm::SESSION_STACK_SIZE;

pub struct TargetRunner {
    targets: Mutex<Targets>,
    interrupt: Interrupt,
}

/// How long a reset or an upload waits for an interrupted run to stop.
const STOP_WAIT: Duration = Duration::from_secs(3);

impl TargetRunner {
    pub fn new(board: &str) -> TargetRunner {
        TargetRunner { targets: Mutex::new(Targets::new(board)), interrupt: Interrupt::new() }
    }

    fn lock(&self) -> MutexGuard<'_, Targets> {
        self.targets.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The targets, after stopping a program that is running on them, as
    /// a user pressing "Soft Reset" or "Upload" mid-run expects.
    fn lock_stopping_run(&self) -> Result<MutexGuard<'_, Targets>, String> {
        let deadline = Instant::now() + STOP_WAIT;
        let mut interrupted = false;
        loop {
            match self.targets.try_lock() {
                Ok(guard) => return Ok(guard),
                Err(TryLockError::Poisoned(e)) => return Ok(e.into_inner()),
                Err(TryLockError::WouldBlock) if Instant::now() >= deadline => {
                    return Err("the running program did not stop: try \"MicroPython: Stop\" again".into())
                }
                Err(TryLockError::WouldBlock) => {
                    if !interrupted {
                        self.interrupt.trigger();
                        interrupted = true;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
        }
    }
}

struct ChannelSink(mpsc::Sender<(Stream, String)>);

impl OutputSink for ChannelSink {
    fn write(&mut self, stream: Stream, text: &str) {
        let _ = self.0.send((stream, text.to_string()));
    }
}

impl CodeRunner for TargetRunner {
    fn run(&self, request: &RunRequest<'_>, output: &mut dyn FnMut(OutputStream, &str)) -> RunResult {
        let (tx, rx) = mpsc::channel();
        let (code, file, place) = (request.code.to_string(), request.file_name.to_string(), request.place);
        let outcome = std::thread::scope(|scope| {
            let worker = std::thread::Builder::new().stack_size(SESSION_STACK_SIZE).spawn_scoped(scope, || {
                let mut sink = ChannelSink(tx);
                let mut targets = self.lock();
                // Cleared only once the previous run has let go, so a stop
                // meant for it cannot leak into this one.
                self.interrupt.clear();
                let target = match targets.target(place) {
                    Ok(target) => target,
                    Err(message) => return RunOutcome::Error(not_run(message)),
                };
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
            Ok(Ok(RunOutcome::Error(e))) => {
                RunResult::Error { ename: e.ename, evalue: e.evalue, traceback: e.traceback }
            }
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

    fn select_target(&self, choice: &TargetChoice) -> Result<String, String> {
        self.lock_stopping_run()?.select(choice)
    }

    fn configure(&self, choice: &TargetChoice) {
        self.lock().configure(choice);
    }

    fn put_file(&self, path: &str, data: &[u8]) -> Result<(), String> {
        self.lock_stopping_run()?.put_file(path, data, &mut |_, _| {})
    }

    fn put_file_with_progress(
        &self,
        path: &str,
        data: &[u8],
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(), String> {
        self.lock_stopping_run()?.put_file(path, data, progress)
    }

    fn reset(&self) -> Result<String, String> {
        self.lock_stopping_run()?.reset()
    }

    fn release_port(&self) -> Result<(), String> {
        self.lock_stopping_run()?.release_port();
        Ok(())
    }

    fn pins_svg(&self, board: Option<&str>) -> Result<String, String> {
        match self.targets.try_lock() {
            Ok(mut targets) => targets.pins_svg(board),
            Err(TryLockError::Poisoned(e)) => e.into_inner().pins_svg(board),
            Err(TryLockError::WouldBlock) => Err("a program is running: the pins are drawn when it stops".into()),
        }
    }

    /// Live names of the local session, without waiting for a running
    /// cell. A board is not asked: completion must not wait on a serial line.
    fn complete(&self, prefix: &str) -> Vec<LiveCompletion> {
        match self.targets.try_lock() {
            Ok(mut targets) if targets.current_is_local() => match targets.target(Place::Local) {
                Ok(t) => {
                    t.complete(prefix).into_iter().map(|c| LiveCompletion { name: c.name, detail: c.detail }).collect()
                }
                Err(_) => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
}

/// A run that could not start (no board selected, the port is gone).
fn not_run(message: String) -> upy_vm::target::ErrorInfo {
    upy_vm::target::ErrorInfo {
        ename: "OSError".into(),
        evalue: message.clone(),
        traceback: vec![format!("OSError: {message}")],
    }
}
