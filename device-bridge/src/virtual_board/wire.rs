//! Bytes to and from the board's consoles: the pseudo-terminal's master
//! side, and a WebREPL client when one is attached (MicroPython's
//! `os.dupterm`: every console hears the board's output, and any of them
//! can type).
//!
//! A reader thread takes bytes off the master and queues them for the REPL.
//! While a program runs, Ctrl-C is not queued but raises the interrupt, as a
//! board's UART interrupt handler does with the "interrupt character". The
//! same thread notices a client opening the port (inotify's `IN_OPEN` on
//! the pseudo-terminal) for the board's [`Quirks`].

use std::collections::VecDeque;
use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags};
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify};
use upy_vm::target::Interrupt;

use super::files::{BoardFiles, FileAction, FileJob};
use super::quirks::{self, Quirks};

/// State shared between the board's threads.
#[derive(Clone, Default)]
pub struct Shared {
    pub stop: Arc<AtomicBool>,
    /// A program is running: Ctrl-C interrupts it instead of being input.
    pub running: Arc<AtomicBool>,
    pub interrupt: Interrupt,
    /// The board is resetting: what it prints meanwhile is lost.
    pub muted: Arc<AtomicBool>,
    /// Clients that have the pseudo-terminal open (-1: not known, so
    /// assume one). Output waits for a slow client, but not for nobody.
    pub pty_clients: Arc<AtomicI32>,
}

impl Shared {
    pub fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// The board was shut down (or reset) while waiting for input.
#[derive(Debug)]
pub struct Stopped;

/// What reaches the board's REPL.
pub enum Event {
    Bytes(Vec<u8>),
    /// A WebREPL file transfer, served between reads.
    File(FileJob),
    /// The board resets (power cycle, or DTR/RTS on open): pending input is
    /// lost and the REPL starts over.
    Reset,
}

pub struct ByteInput {
    rx: Receiver<Event>,
    buf: VecDeque<u8>,
    /// Transfers that came while a program ran, for the next idle moment.
    jobs: VecDeque<FileJob>,
    reset: bool,
}

impl ByteInput {
    fn take(&mut self, event: Event) -> Result<(), Stopped> {
        match event {
            Event::Bytes(bytes) => self.buf.extend(bytes),
            Event::File(job) => self.jobs.push_back(job),
            Event::Reset => {
                self.buf.clear();
                self.reset = true;
                return Err(Stopped);
            }
        }
        Ok(())
    }

    /// Wait for the next byte, serving file transfers meanwhile.
    pub fn next_serving(&mut self, files: &mut dyn BoardFiles) -> Result<u8, Stopped> {
        if self.reset {
            return Err(Stopped);
        }
        loop {
            if let Some(job) = self.jobs.pop_front() {
                job.serve(files);
                continue;
            }
            if let Some(b) = self.buf.pop_front() {
                return Ok(b);
            }
            let event = self.rx.recv().map_err(|_| Stopped)?;
            self.take(event)?;
        }
    }

    /// The next byte if one comes within `timeout` (while a program runs:
    /// transfers wait).
    pub fn next_timeout(&mut self, timeout: Duration) -> Result<Option<u8>, Stopped> {
        if let Some(b) = self.buf.pop_front() {
            return Ok(Some(b));
        }
        match self.rx.recv_timeout(timeout) {
            Ok(event) => {
                self.take(event)?;
                Ok(self.buf.pop_front())
            }
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(Stopped),
        }
    }

    /// Whether the last `Stopped` was a reset (and clear it).
    pub fn take_reset(&mut self) -> bool {
        std::mem::take(&mut self.reset)
    }
}

/// Where bytes typed at any console go.
#[derive(Clone)]
pub struct InputFeed {
    tx: Sender<Event>,
    shared: Shared,
}

impl InputFeed {
    /// Bytes from a console; `false` once the board has stopped.
    pub fn push(&self, mut chunk: Vec<u8>) -> bool {
        if self.shared.running.load(Ordering::SeqCst) && chunk.contains(&0x03) {
            chunk.retain(|&b| b != 0x03);
            self.shared.interrupt.trigger();
        }
        chunk.is_empty() || self.tx.send(Event::Bytes(chunk)).is_ok()
    }

    /// Ask the board to read or write a file; the answer comes on the
    /// returned channel once the board is idle.
    pub fn file(&self, action: FileAction) -> Receiver<Result<Vec<u8>, String>> {
        let (reply, answer) = channel();
        let _ = self.tx.send(Event::File(FileJob { action, reply }));
        answer
    }

    fn reset(&self) {
        self.shared.muted.store(true, Ordering::SeqCst);
        self.shared.interrupt.trigger();
        let _ = self.tx.send(Event::Reset);
    }
}

/// The input side: the queue the REPL reads, and the feed consoles write to.
pub fn input_queue(shared: Shared) -> (ByteInput, InputFeed) {
    let (tx, rx) = channel::<Event>();
    (ByteInput { rx, buf: VecDeque::new(), jobs: VecDeque::new(), reset: false }, InputFeed { tx, shared })
}

/// Start the reader thread on `master`, watching `slave_path` for clients
/// opening the port when the board has quirks that act on it.
/// `keepalive` (the board's own slave descriptor) lives as long as the
/// reader, so the pseudo-terminal closes completely when the board stops.
pub fn spawn_reader(
    mut master: File,
    feed: InputFeed,
    keepalive: OwnedFd,
    slave_path: &Path,
    quirks: Quirks,
    mut out: ByteOutput,
) -> std::io::Result<()> {
    // Without inotify the board works, but cannot tell who listens.
    let watch = match watch_opens(slave_path) {
        Ok(watch) => Some(watch),
        Err(_) if !quirks.acts_on_open() => None,
        Err(e) => return Err(e),
    };
    let shared = feed.shared.clone();
    shared.pty_clients.store(if watch.is_some() { 0 } else { -1 }, Ordering::SeqCst);
    thread::Builder::new().name("virtual-board-reader".into()).spawn(move || {
        let _keepalive = keepalive;
        let mut buf = [0u8; 4096];
        // Input is held back until then (a board slow to answer), or
        // dropped until then (a board booting after a reset).
        let mut hold_until: Option<Instant> = None;
        let mut drop_until: Option<Instant> = None;
        while !shared.stopping() {
            let (opened, readable) = {
                let mut fds = vec![PollFd::new(master.as_fd(), PollFlags::POLLIN)];
                if let Some(inotify) = &watch {
                    fds.push(PollFd::new(inotify.as_fd(), PollFlags::POLLIN));
                }
                if poll(&mut fds, 50u16).unwrap_or(0) <= 0 {
                    continue;
                }
                let ready = |fd: &PollFd| fd.revents().is_some_and(|r| !r.is_empty());
                (fds.get(1).is_some_and(ready), ready(&fds[0]))
            };
            // An open is handled before the bytes the client wrote after
            // it: a board that resets on open never sees them.
            let events = match (&watch, opened) {
                (Some(w), true) => w.read_events().unwrap_or_default(),
                _ => Vec::new(),
            };
            let mut opens = 0;
            for event in &events {
                if event.mask.contains(AddWatchFlags::IN_OPEN) {
                    opens += 1;
                    shared.pty_clients.fetch_add(1, Ordering::SeqCst);
                }
                if event.mask.intersects(AddWatchFlags::IN_CLOSE_WRITE | AddWatchFlags::IN_CLOSE_NOWRITE) {
                    let _ =
                        shared.pty_clients.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| Some((n - 1).max(0)));
                }
            }
            if opens > 0 {
                let now = Instant::now();
                if let Some(delay) = quirks.answer_late {
                    hold_until = Some(now + delay);
                }
                if let Some(boot) = quirks.reset_on_open {
                    drop_until = Some(now + boot);
                    feed.reset();
                }
                if quirks.chatty {
                    quirks::chatter(&mut out);
                }
            }
            if !readable {
                continue;
            }
            match master.read(&mut buf) {
                Ok(0) => thread::sleep(Duration::from_millis(20)),
                Ok(n) => {
                    if drop_until.is_some_and(|t| Instant::now() < t) {
                        continue;
                    }
                    if let Some(t) = hold_until.take() {
                        thread::sleep(t.saturating_duration_since(Instant::now()));
                    }
                    if !feed.push(buf[..n].to_vec()) {
                        break;
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {}
                // EIO: no client has the slave open (cannot happen while
                // we hold it, but do not spin if it does).
                Err(_) => thread::sleep(Duration::from_millis(20)),
            }
        }
    })?;
    Ok(())
}

fn watch_opens(path: &Path) -> std::io::Result<Inotify> {
    let inotify = Inotify::init(InitFlags::IN_NONBLOCK | InitFlags::IN_CLOEXEC).map_err(std::io::Error::from)?;
    let flags = AddWatchFlags::IN_OPEN | AddWatchFlags::IN_CLOSE_WRITE | AddWatchFlags::IN_CLOSE_NOWRITE;
    inotify.add_watch(path, flags).map_err(std::io::Error::from)?;
    Ok(inotify)
}

/// Everything the board prints goes through here: to the pseudo-terminal
/// and to each attached console. One write at a time, so a line from
/// another thread (a chatty boot log) never splits one of the REPL's.
struct OutputHub {
    master: Mutex<File>,
    listeners: Mutex<Vec<Sender<Vec<u8>>>>,
    shared: Shared,
}

/// Writes to the master, waiting (never forever) for a slow client.
#[derive(Clone)]
pub struct ByteOutput {
    hub: Arc<OutputHub>,
}

impl ByteOutput {
    pub fn new(master: File, shared: Shared) -> ByteOutput {
        ByteOutput { hub: Arc::new(OutputHub { master: Mutex::new(master), listeners: Mutex::default(), shared }) }
    }

    /// Another console: it receives everything the board prints from now on.
    pub fn listen(&self) -> Receiver<Vec<u8>> {
        let (tx, rx) = channel();
        self.hub.listeners.lock().unwrap_or_else(|e| e.into_inner()).push(tx);
        rx
    }

    /// Send bytes as they are. Output to a board nobody listens to is lost,
    /// as on a UART; it is never an error.
    pub fn raw(&mut self, bytes: &[u8]) {
        let shared = &self.hub.shared;
        if bytes.is_empty() || shared.muted.load(Ordering::SeqCst) {
            return;
        }
        let mut master = self.hub.master.lock().unwrap_or_else(|e| e.into_inner());
        let mut rest = bytes;
        while !rest.is_empty() && !shared.stopping() {
            match master.write(rest) {
                Ok(n) => rest = &rest[n..],
                // As on a UART, output nobody reads is lost.
                Err(e) if e.kind() == ErrorKind::WouldBlock && shared.pty_clients.load(Ordering::SeqCst) == 0 => break,
                Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {
                    let mut fds = [PollFd::new(master.as_fd(), PollFlags::POLLOUT)];
                    let _ = poll(&mut fds, 50u16);
                }
                Err(_) => break,
            }
        }
        let mut listeners = self.hub.listeners.lock().unwrap_or_else(|e| e.into_inner());
        listeners.retain(|l| l.send(bytes.to_vec()).is_ok());
    }

    pub fn text(&mut self, text: &str) {
        self.raw(text.as_bytes());
    }

    /// Program output: `\n` becomes `\r\n`, as MicroPython's stdout does.
    pub fn cooked(&mut self, text: &str) {
        if !text.contains('\n') {
            return self.raw(text.as_bytes());
        }
        let mut out = Vec::with_capacity(text.len() + 8);
        for b in text.bytes() {
            if b == b'\n' {
                out.push(b'\r');
            }
            out.push(b);
        }
        self.raw(&out);
    }
}
