//! `upy repl --port`: the board's REPL in this terminal, like `mpremote
//! repl`. Keys go to the board byte for byte (the host terminal in raw
//! mode), the board's output comes back as it arrives; Ctrl-] leaves.

use std::io::{Read, Write};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use nix::sys::termios::{cfmakeraw, tcgetattr, tcsetattr, SetArg, Termios};

use crate::error::DeviceError;
use crate::port::{Port, PortSettings};

/// The key that ends the session.
pub const EXIT_KEY: u8 = 0x1d; // Ctrl-]

/// Connect to the board at `settings` and pass the terminal through until
/// Ctrl-] (or the board goes away). Restores the terminal on the way out.
pub fn run_terminal(settings: &PortSettings) -> Result<(), DeviceError> {
    let port = Port::open(settings)?;
    let stdout = std::io::stdout();
    let _raw = RawTerminal::enter();
    println!("Connected to {}\r\nUse Ctrl-] to exit this shell\r", settings.path);
    passthrough(port, std::io::stdin(), stdout)
}

/// The session's two directions, over any input and output (tests use
/// pipes). Returns when `keys` yields Ctrl-] or ends, or the port fails.
pub fn passthrough<R, W>(mut port: Port, mut keys: R, screen: W) -> Result<(), DeviceError>
where
    R: Read,
    W: Write + Send + 'static,
{
    let done = Arc::new(AtomicBool::new(false));
    let (to_screen, from_board) = std::sync::mpsc::channel::<Result<Vec<u8>, DeviceError>>();
    // One thread owns the port and shuttles both ways: keys arrive through
    // a channel, output goes to the screen.
    let (key_tx, key_rx) = std::sync::mpsc::channel::<Vec<u8>>();
    let worker_done = done.clone();
    let worker = thread::spawn(move || {
        let mut screen = screen;
        while !worker_done.load(Ordering::SeqCst) {
            while let Ok(keys) = key_rx.try_recv() {
                if let Err(e) = port.write_all(&keys, "sending keys") {
                    let _ = to_screen.send(Err(e));
                    return;
                }
            }
            match port.fill(Duration::from_millis(10), "reading the board") {
                Ok(0) => {}
                Ok(_) => {
                    let _ = screen.write_all(&port.take_pending());
                    let _ = screen.flush();
                }
                Err(e) => {
                    // Said at once: the other side may be waiting for a key.
                    let _ = write!(screen, "\r\n{e}\r\n");
                    let _ = screen.flush();
                    let _ = to_screen.send(Err(e));
                    return;
                }
            }
        }
        let _ = to_screen.send(Ok(Vec::new()));
    });
    let mut buf = [0u8; 256];
    let mut result = Ok(());
    loop {
        if let Ok(Err(e)) = from_board.try_recv() {
            result = Err(e);
            break;
        }
        let n = match keys.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let keys_read = &buf[..n];
        let (send, exit) = match keys_read.iter().position(|&b| b == EXIT_KEY) {
            Some(at) => (&keys_read[..at], true),
            None => (keys_read, false),
        };
        if !send.is_empty() && key_tx.send(send.to_vec()).is_err() {
            break;
        }
        if exit {
            break;
        }
    }
    // Let queued keys go out before stopping the worker.
    thread::sleep(Duration::from_millis(30));
    done.store(true, Ordering::SeqCst);
    let _ = worker.join();
    if result.is_ok() {
        if let Ok(Err(e)) = from_board.try_recv() {
            result = Err(e);
        }
    }
    result
}

/// Raw mode for the host terminal while the session lasts (when stdin is a
/// terminal at all).
struct RawTerminal {
    saved: Option<Termios>,
}

impl RawTerminal {
    fn enter() -> RawTerminal {
        let stdin = std::io::stdin();
        let saved = tcgetattr(stdin.as_fd()).ok();
        if let Some(saved) = &saved {
            let mut raw = saved.clone();
            cfmakeraw(&mut raw);
            let _ = tcsetattr(stdin.as_fd(), SetArg::TCSANOW, &raw);
        }
        RawTerminal { saved }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            let _ = tcsetattr(std::io::stdin().as_fd(), SetArg::TCSANOW, saved);
        }
    }
}
