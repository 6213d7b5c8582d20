//! TEST DOUBLE — CPython (`cpython_board.py`) as the board's interpreter,
//! with a private directory as its flash. Only for filesystem tests before
//! the VM session exists; not MicroPython.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use upy_vm::target::{
    Completion, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Stream, Target,
};

pub struct CpythonTarget {
    flash: PathBuf,
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl CpythonTarget {
    pub fn new(flash: &Path) -> CpythonTarget {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/support/cpython_board.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(flash)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 for the CPython test double");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        CpythonTarget { flash: flash.to_path_buf(), child, stdin, stdout }
    }

    fn frame(&mut self) -> Option<(u8, Vec<u8>)> {
        let mut header = String::new();
        self.stdout.read_line(&mut header).ok()?;
        let kind = *header.as_bytes().first()?;
        if kind == b'D' {
            return Some((kind, Vec::new()));
        }
        let len: usize = header[1..].trim().parse().ok()?;
        let mut data = vec![0; len];
        self.stdout.read_exact(&mut data).ok()?;
        Some((kind, data))
    }
}

impl Drop for CpythonTarget {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Target for CpythonTarget {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        _input: &mut dyn InputSource,
        _interrupt: &Interrupt,
    ) -> RunOutcome {
        let code = request.code.as_bytes();
        if self
            .stdin
            .write_all(format!("{}\n", code.len()).as_bytes())
            .and_then(|_| self.stdin.write_all(code))
            .and_then(|_| self.stdin.flush())
            .is_err()
        {
            return RunOutcome::Error(ErrorInfo::new("RuntimeError", "the CPython test double died"));
        }
        let mut error = None;
        loop {
            match self.frame() {
                Some((b'O', data)) => out.write(Stream::Stdout, &String::from_utf8_lossy(&data)),
                Some((b'E', data)) => {
                    let text = String::from_utf8_lossy(&data).into_owned();
                    let lines: Vec<String> = text.lines().map(str::to_string).collect();
                    let last = lines.last().cloned().unwrap_or_default();
                    let (ename, evalue) = last
                        .split_once(": ")
                        .map(|(a, b)| (a.to_string(), b.to_string()))
                        .unwrap_or((last.clone(), String::new()));
                    error = Some(ErrorInfo { ename, evalue, traceback: lines });
                }
                Some((b'D', _)) => break,
                _ => return RunOutcome::Error(ErrorInfo::new("RuntimeError", "the CPython test double died")),
            }
        }
        match error {
            Some(e) => RunOutcome::Error(e),
            None => RunOutcome::Ok { result: None },
        }
    }

    fn complete(&mut self, _prefix: &str) -> Vec<Completion> {
        Vec::new()
    }

    fn inspect(&mut self, _name: &str) -> Option<String> {
        None
    }

    /// A fresh interpreter on the same flash, as a board's soft reset.
    fn reset(&mut self) -> Result<(), ErrorInfo> {
        *self = CpythonTarget::new(&self.flash.clone());
        Ok(())
    }

    fn describe(&self) -> String {
        "CPython test double".into()
    }
}

/// The flash folder, for WebREPL transfers.
impl upy_device::virtual_board::BoardFiles for CpythonTarget {
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, String> {
        std::fs::read(self.flash.join(path.trim_start_matches('/'))).map_err(|e| format!("{path}: {e}"))
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), String> {
        let file = self.flash.join(path.trim_start_matches('/'));
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{path}: {e}"))?;
        }
        std::fs::write(file, data).map_err(|e| format!("{path}: {e}"))
    }
}
