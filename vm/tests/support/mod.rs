//! Running programs through the embedding API and capturing what they print.

#![allow(dead_code)]

pub mod oracle;

use std::path::{Path, PathBuf};
pub use upy_vm::target::NoInput;
use upy_vm::target::{Interrupt, OutputSink, RunOutcome, RunRequest, Stream};
use upy_vm::{Session, SessionOptions};

#[derive(Default)]
pub struct Capture {
    pub out: String,
}

impl OutputSink for Capture {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.out.push_str(text);
    }
}

/// Run a program as `upy run` would: stdout, then the traceback of an
/// uncaught exception, in one string.
pub fn run_program(source: &str, file: &str, dir: Option<&Path>, options: SessionOptions) -> String {
    let source = source.to_string();
    let file = file.to_string();
    let dir = dir.map(|d| d.to_path_buf());
    std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(move || {
            let mut options = options;
            options.host_path = dir.into_iter().collect();
            let mut session = Session::new(options);
            let mut cap = Capture::default();
            let req = RunRequest { code: &source, file_name: &file, want_result: false };
            match session.run(&req, &mut cap, &mut NoInput, &Interrupt::new()) {
                RunOutcome::Ok { .. } => {}
                RunOutcome::Error(e) => {
                    cap.out.push_str(&e.traceback.join("\n"));
                    cap.out.push('\n');
                }
            }
            cap.out
        })
        .expect("spawn")
        .join()
        .unwrap_or_else(|_| "<<the interpreter panicked>>".to_string())
}

/// Every `.py` fixture under `vm/tests/programs`, sorted.
pub fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut out = vec![];
    let mut stack = vec![root];
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
    out.sort();
    out
}

pub fn rel(p: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    p.strip_prefix(&root).unwrap_or(p).display().to_string()
}
