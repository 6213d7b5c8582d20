//! Bytes to and from the pseudo-terminal's master side.
//!
//! A reader thread takes bytes off the master and queues them for the REPL.
//! While a program runs, Ctrl-C is not queued but raises the interrupt, as a
//! board's UART interrupt handler does with the "interrupt character".

use std::collections::VecDeque;
use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use nix::poll::{poll, PollFd, PollFlags};
use upy_vm::target::Interrupt;

/// State shared between the board's threads.
#[derive(Clone, Default)]
pub struct Shared {
    pub stop: Arc<AtomicBool>,
    /// A program is running: Ctrl-C interrupts it instead of being input.
    pub running: Arc<AtomicBool>,
    pub interrupt: Interrupt,
}

impl Shared {
    pub fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// The board was shut down while waiting for input.
#[derive(Debug)]
pub struct Stopped;

pub struct ByteInput {
    rx: Receiver<Vec<u8>>,
    buf: VecDeque<u8>,
}

impl ByteInput {
    /// Wait for the next byte.
    pub fn next(&mut self) -> Result<u8, Stopped> {
        loop {
            if let Some(b) = self.buf.pop_front() {
                return Ok(b);
            }
            let chunk = self.rx.recv().map_err(|_| Stopped)?;
            self.buf.extend(chunk);
        }
    }

    /// The next byte if one comes within `timeout`.
    pub fn next_timeout(&mut self, timeout: Duration) -> Result<Option<u8>, Stopped> {
        if let Some(b) = self.buf.pop_front() {
            return Ok(Some(b));
        }
        match self.rx.recv_timeout(timeout) {
            Ok(chunk) => {
                self.buf.extend(chunk);
                Ok(self.buf.pop_front())
            }
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(Stopped),
        }
    }
}

/// Start the reader thread on `master`.
/// `keepalive` (the board's own slave descriptor) lives as long as the
/// reader, so the pseudo-terminal closes completely when the board stops.
pub fn spawn_reader(mut master: File, shared: Shared, keepalive: OwnedFd) -> std::io::Result<ByteInput> {
    let (tx, rx) = channel::<Vec<u8>>();
    thread::Builder::new().name("virtual-board-reader".into()).spawn(move || {
        let _keepalive = keepalive;
        let mut buf = [0u8; 4096];
        while !shared.stopping() {
            let ready = {
                let mut fds = [PollFd::new(master.as_fd(), PollFlags::POLLIN)];
                poll(&mut fds, 50u16).unwrap_or(0) > 0
            };
            if !ready {
                continue;
            }
            match master.read(&mut buf) {
                Ok(0) => thread::sleep(Duration::from_millis(20)),
                Ok(n) => {
                    let mut chunk = buf[..n].to_vec();
                    if shared.running.load(Ordering::SeqCst) && chunk.contains(&0x03) {
                        chunk.retain(|&b| b != 0x03);
                        shared.interrupt.trigger();
                    }
                    if !chunk.is_empty() && tx.send(chunk).is_err() {
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
    Ok(ByteInput { rx, buf: VecDeque::new() })
}

/// Writes to the master, waiting (never forever) for a slow client.
pub struct ByteOutput {
    master: File,
    shared: Shared,
}

impl ByteOutput {
    pub fn new(master: File, shared: Shared) -> ByteOutput {
        ByteOutput { master, shared }
    }

    /// Send bytes as they are. Output to a board nobody listens to is lost,
    /// as on a UART; it is never an error.
    pub fn raw(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() && !self.shared.stopping() {
            match self.master.write(bytes) {
                Ok(n) => bytes = &bytes[n..],
                Err(e) if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {
                    let mut fds = [PollFd::new(self.master.as_fd(), PollFlags::POLLOUT)];
                    let _ = poll(&mut fds, 50u16);
                }
                Err(_) => return,
            }
        }
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
