//! Shared pieces of the integration tests: boards on pseudo-terminals,
//! recording sinks, scripted input.

#![allow(dead_code)]

pub mod cpython_target;
pub mod http_index;
pub mod script_target;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use upy_device::virtual_board::{BoardHandle, RawPasteSupport, VirtualBoard};
use upy_device::{ConnectOptions, Connection};
use upy_vm::target::{InputSource, OutputSink, Stream};

use script_target::ScriptTarget;

pub struct TestBoard {
    pub handle: Option<BoardHandle>,
    pub dir: tempfile::TempDir,
    pub link: PathBuf,
}

impl TestBoard {
    pub fn start(raw_paste: RawPasteSupport) -> TestBoard {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("board");
        let handle = start_at(&link, raw_paste);
        TestBoard { handle: Some(handle), dir, link }
    }

    pub fn connect(&self) -> Connection {
        Connection::open(self.options()).expect("connecting to the virtual board")
    }

    pub fn options(&self) -> ConnectOptions {
        ConnectOptions::new(self.link.to_string_lossy())
    }

    /// Pull the plug.
    pub fn stop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.stop();
        }
    }

    /// Plug a fresh board in at the same path.
    pub fn restart(&mut self) {
        self.stop();
        self.handle = Some(start_at(&self.link, RawPasteSupport::Enabled));
    }
}

impl TestBoard {
    /// A board whose interpreter is the CPython test double with `flash` as
    /// its filesystem — for file-transfer tests until the VM session can
    /// serve them (then only this function changes).
    pub fn start_with_flash(flash: &std::path::Path) -> TestBoard {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("board");
        let flash = flash.to_path_buf();
        let handle = VirtualBoard::new(move || cpython_target::CpythonTarget::new(&flash))
            .link(&link)
            .start()
            .expect("starting the virtual board");
        TestBoard { handle: Some(handle), dir, link }
    }
}

pub fn start_at(link: &std::path::Path, raw_paste: RawPasteSupport) -> BoardHandle {
    VirtualBoard::new(ScriptTarget::new).raw_paste(raw_paste).link(link).start().expect("starting the virtual board")
}

/// Records output with the time each piece arrived.
#[derive(Clone, Default)]
pub struct Recorder {
    pub pieces: Arc<Mutex<Vec<(Instant, Stream, String)>>>,
}

impl Recorder {
    pub fn stdout(&self) -> String {
        self.pieces.lock().unwrap().iter().filter(|p| p.1 == Stream::Stdout).map(|p| p.2.as_str()).collect()
    }

    /// When `needle` had fully arrived on stdout.
    pub fn arrival_of(&self, needle: &str) -> Option<Instant> {
        let mut text = String::new();
        for (at, stream, piece) in self.pieces.lock().unwrap().iter() {
            if *stream == Stream::Stdout {
                text.push_str(piece);
                if text.contains(needle) {
                    return Some(*at);
                }
            }
        }
        None
    }
}

impl OutputSink for Recorder {
    fn write(&mut self, stream: Stream, text: &str) {
        self.pieces.lock().unwrap().push((Instant::now(), stream, text.to_string()));
    }
}

/// Answers `input()` from a list, remembering the prompts.
#[derive(Default)]
pub struct Answers {
    pub lines: Vec<String>,
    pub prompts: Vec<String>,
}

impl Answers {
    pub fn new(lines: &[&str]) -> Answers {
        Answers { lines: lines.iter().rev().map(|s| s.to_string()).collect(), prompts: Vec::new() }
    }
}

impl InputSource for Answers {
    fn read_line(&mut self, prompt: &str, _password: bool) -> Option<String> {
        self.prompts.push(prompt.to_string());
        self.lines.pop()
    }
}
