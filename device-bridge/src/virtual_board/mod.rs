//! The virtual board: any [`Target`] served on a pseudo-terminal, speaking
//! MicroPython's REPL byte for byte, so `mpremote`, terminal programs and
//! this crate's own [`Connection`](crate::Connection) use it as they would a
//! board on a USB port.
//!
//! The board has the two REPLs of a MicroPython port: the friendly one
//! ([`friendly`]: banner, `>>> `, line editing, paste mode) and the raw one
//! ([`raw`]: raw REPL and raw-paste mode with flow control). A soft reset
//! (Ctrl-D) calls the target's `reset()` (fresh globals, flash kept); the
//! factory makes the target at power-on, and again if a reset fails.

mod console;
mod continuation;
pub mod files;
mod friendly;
mod line_editor;
mod pty;
pub mod quirks;
mod raw;
mod wire;

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use upy_vm::target::Target;

use crate::error::DeviceError;
pub use files::{BoardFiles, FileAction};
pub use quirks::Quirks;
use wire::{input_queue, spawn_reader, ByteInput, ByteOutput, InputFeed, Shared, Stopped};

/// How the board answers a request for raw-paste mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawPasteSupport {
    /// `R\x01` and flow-controlled transfer, as MicroPython 1.13 and later.
    Enabled,
    /// `R\x00`: understood but refused.
    Refused,
    /// Firmware that predates raw-paste mode: the request is taken as text
    /// and Ctrl-A restarts the raw REPL.
    Unknown,
}

#[derive(Clone, Debug)]
pub struct BoardOptions {
    /// First part of the banner: `MicroPython v1.24.0 on 2024-10-25`.
    pub version: String,
    /// After the `; `: `ESP32 module with ESP32`.
    pub machine: String,
    pub raw_paste: RawPasteSupport,
    /// Raw-paste flow-control window; boards use 128 (half their 256-byte
    /// stdin buffer).
    pub window: u16,
    /// A symbolic link to create to the pseudo-terminal (`upy board --link`).
    pub link: Option<PathBuf>,
    /// Stack size of the thread the target runs on (the VM session wants
    /// `upy_vm::SESSION_STACK_SIZE`).
    pub stack_size: usize,
    /// How it misbehaves when a port opens (none by default).
    pub quirks: Quirks,
}

impl BoardOptions {
    /// The banner of a board family: `esp32`, `rp2`, anything else generic.
    pub fn for_board(board: &str) -> BoardOptions {
        let machine = match board {
            "esp32" => "ESP32 module with ESP32",
            "rp2" | "rp2040" | "pico" => "Raspberry Pi Pico with RP2040",
            _ => "upy virtual board with simulated MCU",
        };
        BoardOptions {
            version: "MicroPython v1.24.0 on 2024-10-25".into(),
            machine: machine.into(),
            raw_paste: RawPasteSupport::Enabled,
            window: 128,
            link: None,
            stack_size: 8 * 1024 * 1024,
            quirks: Quirks::default(),
        }
    }

    pub(crate) fn banner(&self) -> String {
        format!("{}; {}\r\nType \"help()\" for more information.\r\n", self.version, self.machine)
    }
}

impl Default for BoardOptions {
    fn default() -> BoardOptions {
        BoardOptions::for_board("esp32")
    }
}

/// A board to start; `factory` makes the target at power-on (and after a
/// soft reset the target could not do itself).
pub struct VirtualBoard<F> {
    factory: F,
    options: BoardOptions,
}

/// What the REPL loop does next.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ReplExit {
    ToRaw,
    ToFriendly,
    SoftReset,
    Stopped,
}

impl<T: Target + BoardFiles> Board<T> {
    /// The next byte typed, serving file transfers meanwhile.
    pub(crate) fn next_byte(&mut self) -> Result<u8, Stopped> {
        self.input.next_serving(&mut self.target)
    }
}

/// What a REPL works with.
pub(crate) struct Board<T> {
    pub target: T,
    pub input: ByteInput,
    pub out: ByteOutput,
    pub shared: Shared,
    pub options: BoardOptions,
    pub readline: line_editor::Readline,
}

impl<T, F> VirtualBoard<F>
where
    T: Target + BoardFiles + 'static,
    F: FnMut() -> T + Send + 'static,
{
    pub fn new(factory: F) -> VirtualBoard<F> {
        VirtualBoard { factory, options: BoardOptions::default() }
    }

    pub fn options(mut self, options: BoardOptions) -> VirtualBoard<F> {
        self.options = options;
        self
    }

    pub fn raw_paste(mut self, support: RawPasteSupport) -> VirtualBoard<F> {
        self.options.raw_paste = support;
        self
    }

    pub fn stack_size(mut self, bytes: usize) -> VirtualBoard<F> {
        self.options.stack_size = bytes;
        self
    }

    pub fn link(mut self, path: impl Into<PathBuf>) -> VirtualBoard<F> {
        self.options.link = Some(path.into());
        self
    }

    pub fn quirks(mut self, quirks: Quirks) -> VirtualBoard<F> {
        self.options.quirks = quirks;
        self
    }

    /// Create the pseudo-terminal and start the board's threads.
    pub fn start(self) -> Result<BoardHandle, DeviceError> {
        let VirtualBoard { mut factory, options } = self;
        let pty = pty::open_pty()?;
        if let Some(link) = &options.link {
            pty::make_link(link, &pty.slave_path)?;
        }
        let shared = Shared::default();
        let reader_master =
            pty.master.try_clone().map_err(|e| DeviceError::Local(format!("cannot share the pty: {e}")))?;
        let (input, feed) = input_queue(shared.clone());
        let out = ByteOutput::new(pty.master, shared.clone());
        spawn_reader(reader_master, feed.clone(), pty.slave_keepalive, &pty.slave_path, options.quirks, out.clone())
            .map_err(|e| DeviceError::Local(format!("cannot start the virtual board: {e}")))?;
        let console = Console { feed, out: out.clone() };
        let slave_path = pty.slave_path.clone();
        let link = options.link.clone();
        let repl_shared = shared.clone();
        let thread = thread::Builder::new()
            .name("virtual-board".into())
            .stack_size(options.stack_size)
            .spawn(move || {
                let target = factory();
                let mut board =
                    Board { target, input, out, shared: repl_shared, options, readline: line_editor::Readline::new() };
                board_loop(&mut board, &mut factory);
            })
            .map_err(|e| DeviceError::Local(format!("cannot start the virtual board: {e}")))?;
        Ok(BoardHandle { slave_path, link, shared, console, thread: Some(thread) })
    }
}

fn board_loop<T: Target + BoardFiles, F: FnMut() -> T>(board: &mut Board<T>, factory: &mut F) {
    let mut raw_mode = false;
    loop {
        let exit = if raw_mode { raw::raw_repl(board) } else { friendly::friendly_repl(board) };
        if exit == ReplExit::Stopped && board.input.take_reset() {
            // Power-on reset: nothing survives but the flash a new target
            // finds, and the board boots before it answers again.
            board.target = factory();
            std::thread::sleep(board.options.quirks.reset_on_open.unwrap_or_default());
            board.shared.muted.store(false, Ordering::SeqCst);
            board.out.text(quirks::BOOT_LOG);
            raw_mode = false;
            continue;
        }
        match exit {
            ReplExit::ToRaw => raw_mode = true,
            ReplExit::ToFriendly => raw_mode = false,
            ReplExit::SoftReset => {
                board.out.text("MPY: soft reboot\r\n");
                // The target's own reset keeps what a board keeps (its
                // flash); a target that cannot reset is replaced.
                if board.target.reset().is_err() {
                    board.target = factory();
                }
            }
            ReplExit::Stopped => return,
        }
        if board.shared.stopping() {
            return;
        }
    }
}

/// Another way in to a running board, beside its pseudo-terminal: what a
/// WebREPL client types and reads.
#[derive(Clone)]
pub struct Console {
    feed: InputFeed,
    out: ByteOutput,
}

impl Console {
    /// Bytes typed at this console; `false` once the board has stopped.
    pub fn type_bytes(&self, bytes: &[u8]) -> bool {
        self.feed.push(bytes.to_vec())
    }

    /// Everything the board prints from now on.
    pub fn listen(&self) -> std::sync::mpsc::Receiver<Vec<u8>> {
        self.out.listen()
    }

    /// A file transfer, done by the board when its REPL is next idle.
    pub fn file(&self, action: FileAction) -> std::sync::mpsc::Receiver<Result<Vec<u8>, String>> {
        self.feed.file(action)
    }
}

/// A running virtual board.
pub struct BoardHandle {
    slave_path: PathBuf,
    link: Option<PathBuf>,
    shared: Shared,
    console: Console,
    thread: Option<JoinHandle<()>>,
}

impl BoardHandle {
    /// The path clients open: the link if there is one, else the device.
    pub fn path(&self) -> &Path {
        self.link.as_deref().unwrap_or(&self.slave_path)
    }

    /// The pseudo-terminal device itself (`/dev/pts/N`).
    pub fn device_path(&self) -> &Path {
        &self.slave_path
    }

    /// A console beside the pseudo-terminal (for WebREPL).
    pub fn console(&self) -> Console {
        self.console.clone()
    }

    pub fn is_running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Block until the board stops (it runs until [`BoardHandle::stop`]).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Power the board off: the pseudo-terminal closes, so connected
    /// clients see the port vanish, as when a USB cable is pulled.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.interrupt.trigger();
        if let Some(thread) = self.thread.take() {
            // A target that ignores the interrupt cannot hold the process.
            let deadline = Instant::now() + Duration::from_secs(2);
            while !thread.is_finished() && Instant::now() < deadline {
                thread::sleep(Duration::from_millis(10));
            }
            if thread.is_finished() {
                let _ = thread.join();
            }
        }
        if let Some(link) = &self.link {
            if std::fs::read_link(link).map(|t| t == self.slave_path).unwrap_or(false) {
                let _ = std::fs::remove_file(link);
            }
        }
    }
}

impl Drop for BoardHandle {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.shutdown();
        }
    }
}

/// Serve a board until the process ends: `upy board [--link PATH]`.
/// Prints nothing; the caller shows [`BoardHandle::path`].
pub fn serve<T, F>(factory: F, options: BoardOptions) -> Result<BoardHandle, DeviceError>
where
    T: Target + BoardFiles + 'static,
    F: FnMut() -> T + Send + 'static,
{
    VirtualBoard::new(factory).options(options).start()
}

/// Program text as MicroPython's lexer sees it: `\r\n` and `\r` are newlines.
pub(crate) fn normalise_newlines(code: &str) -> String {
    code.replace("\r\n", "\n").replace('\r', "\n")
}
