//! Where a running program's output goes and its input comes from. The
//! front end's sink and source are borrowed for exactly one run; they are
//! held here as raw pointers so every native (`print`, `input`) can reach
//! them through `&mut Vm` without threading lifetimes through the VM.

use crate::target::{InputSource, Interrupt, OutputSink, Stream};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Default)]
pub struct Io {
    sink: Option<NonNull<dyn OutputSink>>,
    source: Option<NonNull<dyn InputSource>>,
    pub interrupt: Interrupt,
}

// The pointers are only set for the duration of `with_io`, on the thread
// running the VM.
unsafe impl Send for Io {}

/// The host process's own stdout, stderr and stdin: where a VM with no
/// front end attached writes (and `upy run` sends a program's output).
pub struct HostStdio;

/// Set once a write to the process's stdout found its reader gone (the
/// Rust runtime ignores SIGPIPE, so the write fails with EPIPE instead).
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

impl OutputSink for HostStdio {
    fn write(&mut self, stream: Stream, text: &str) {
        use std::io::Write;
        match stream {
            Stream::Stdout => {
                let mut o = std::io::stdout().lock();
                let r = o.write_all(text.as_bytes()).and_then(|_| o.flush());
                if matches!(r, Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe) {
                    STDOUT_CLOSED.store(true, Ordering::Relaxed);
                }
            }
            Stream::Stderr => {
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }

    fn closed(&self, stream: Stream) -> bool {
        stream == Stream::Stdout && STDOUT_CLOSED.load(Ordering::Relaxed)
    }
}

impl InputSource for HostStdio {
    fn read_line(&mut self, prompt: &str, _password: bool) -> Option<String> {
        self.write(Stream::Stdout, prompt);
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(line)
            }
        }
    }
}

impl Io {
    pub fn write(&mut self, stream: Stream, text: &str) {
        match self.sink {
            // SAFETY: set by `with_io`, which outlives every use.
            Some(mut p) => unsafe { p.as_mut().write(stream, text) },
            None => HostStdio.write(stream, text),
        }
    }

    /// Whether the reader of `stream` has gone away.
    pub fn closed(&self, stream: Stream) -> bool {
        match self.sink {
            // SAFETY: as in `write`.
            Some(p) => unsafe { p.as_ref().closed(stream) },
            None => HostStdio.closed(stream),
        }
    }

    pub fn display(&mut self, bundle: crate::target::MimeBundle) {
        match self.sink {
            // SAFETY: as in `write`.
            Some(mut p) => unsafe { p.as_mut().display(bundle) },
            None => HostStdio.display(bundle),
        }
    }

    pub fn read_line(&mut self, prompt: &str, password: bool) -> Option<String> {
        match self.source {
            // SAFETY: as in `write`.
            Some(mut p) => unsafe { p.as_mut().read_line(prompt, password) },
            None => HostStdio.read_line(prompt, password),
        }
    }

    /// Forget the borrowed sink and source (after a panic unwound past
    /// `with_io`, which would otherwise leave them dangling).
    pub fn detach(&mut self) {
        self.sink = None;
        self.source = None;
    }

    /// Run `f` with output going to `sink` and input from `source`.
    pub fn with_io<R>(
        vm: &mut crate::runtime::vm::Vm,
        sink: &mut dyn OutputSink,
        source: &mut dyn InputSource,
        f: impl FnOnce(&mut crate::runtime::vm::Vm) -> R,
    ) -> R {
        // SAFETY: the borrowed trait objects outlive this call; the pointers
        // are cleared before returning, so they never dangle.
        let sink: NonNull<dyn OutputSink> = unsafe { std::mem::transmute(NonNull::from(sink)) };
        let source: NonNull<dyn InputSource> = unsafe { std::mem::transmute(NonNull::from(source)) };
        let old = (vm.io.sink.replace(sink), vm.io.source.replace(source));
        let r = f(vm);
        vm.io.sink = old.0;
        vm.io.source = old.1;
        r
    }
}

impl crate::runtime::vm::Vm {
    /// What `print` and `sys.stdout.write` do: write, and raise
    /// `OSError(EPIPE)` once the reader has gone away.
    pub fn write_output(&mut self, stream: Stream, text: &str) -> crate::runtime::error::PyResult<()> {
        self.io.write(stream, text);
        if self.io.closed(stream) {
            return Err(self.os_error(EPIPE));
        }
        Ok(())
    }
}

const EPIPE: i64 = 32;
