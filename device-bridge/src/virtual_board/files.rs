//! The board's files as its WebREPL reaches them: file transfers are served
//! by the board itself between REPL reads, as MicroPython's `webrepl`
//! module serves them from the REPL's input stream.

use std::sync::mpsc::Sender;

/// Direct access to a target's filesystem. Targets without one keep the
/// defaults, and a WebREPL transfer to them fails with a clear status.
pub trait BoardFiles {
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, String> {
        Err(format!("{path}: this board has no filesystem"))
    }

    fn write_file(&mut self, path: &str, _data: &[u8]) -> Result<(), String> {
        Err(format!("{path}: this board has no filesystem"))
    }
}

impl BoardFiles for upy_vm::Session {
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, String> {
        upy_vm::Session::read_file(self, path)
    }

    fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), String> {
        upy_vm::Session::write_file(self, path, data)
    }
}

/// A transfer for the board to do, and where its answer goes.
pub struct FileJob {
    pub action: FileAction,
    pub reply: Sender<Result<Vec<u8>, String>>,
}

pub enum FileAction {
    Read(String),
    Write(String, Vec<u8>),
}

impl FileJob {
    pub fn serve(self, target: &mut dyn BoardFiles) {
        let result = match self.action {
            FileAction::Read(path) => target.read_file(&path),
            FileAction::Write(path, data) => target.write_file(&path, &data).map(|()| Vec::new()),
        };
        let _ = self.reply.send(result);
    }
}
