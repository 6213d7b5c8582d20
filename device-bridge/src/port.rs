//! One open port to a board: bytes in, bytes out, with timeouts and errors
//! that name the port. A serial port, or a WebREPL (`ws://HOST:8266`).
//!
//! Opening sets the modem lines deliberately. On most ESP32 boards DTR and RTS
//! drive the chip's EN (reset) and GPIO0 (boot mode) pins through two
//! transistors: the chip resets when RTS is asserted while DTR is not. Raising
//! DTR first and then RTS passes only through "DTR without RTS" (harmless while
//! the chip runs), so the board keeps running; boards with native USB
//! (RP2040's TinyUSB) only send output once DTR is asserted, so asserting both
//! is the default. Pseudo-terminals have no modem lines; errors setting them
//! are ignored.

use std::time::{Duration, Instant};

use serialport::SerialPort;

use crate::error::{show_bytes, DeviceError};
use crate::transport::Transport;
use crate::webrepl::client::{is_webrepl, WebReplLink};

/// How to drive a modem control line (DTR or RTS) when the port opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineControl {
    Assert,
    Deassert,
    /// Leave the line as the driver sets it.
    Leave,
}

#[derive(Clone, Debug)]
pub struct PortSettings {
    pub path: String,
    pub baud: u32,
    pub dtr: LineControl,
    pub rts: LineControl,
    /// Refuse other programs opening the port while we have it.
    pub exclusive: bool,
    /// WebREPL's password (`ws://` ports); `None`: `UPY_WEBREPL_PASSWORD`.
    pub password: Option<String>,
}

impl PortSettings {
    pub fn new(path: impl Into<String>) -> PortSettings {
        PortSettings {
            path: path.into(),
            baud: 115_200,
            dtr: LineControl::Assert,
            rts: LineControl::Assert,
            exclusive: true,
            password: None,
        }
    }

    pub fn is_webrepl(&self) -> bool {
        is_webrepl(&self.path)
    }
}

/// The environment variable holding a WebREPL password.
pub const PASSWORD_ENV: &str = "UPY_WEBREPL_PASSWORD";

/// How long connecting to a WebREPL and logging in may take.
const WEBREPL_CONNECT: Duration = Duration::from_secs(5);

pub struct Port {
    inner: Transport,
    name: String,
    /// Bytes read but not yet consumed by the protocol.
    pending: Vec<u8>,
    /// The raw REPL was asked for more than once: more raw prompts may
    /// come before the next answer (see [`crate::raw_repl`]).
    pub(crate) stale_prompts: bool,
}

impl Port {
    pub fn open(settings: &PortSettings) -> Result<Port, DeviceError> {
        if settings.is_webrepl() {
            let password = settings.password.clone().or_else(|| std::env::var(PASSWORD_ENV).ok()).ok_or_else(|| {
                DeviceError::Open {
                    port: settings.path.clone(),
                    reason: format!("WebREPL needs its password: give --password, or set {PASSWORD_ENV}"),
                }
            })?;
            let link = WebReplLink::connect(&settings.path, &password, WEBREPL_CONNECT)?;
            return Ok(Port {
                inner: Transport::WebRepl(Box::new(link)),
                name: settings.path.clone(),
                pending: Vec::new(),
                stale_prompts: false,
            });
        }
        let mut inner = serialport::new(&settings.path, settings.baud)
            .timeout(Duration::from_millis(20))
            .preserve_dtr_on_open()
            .open_native()
            .map_err(|e| DeviceError::Open { port: settings.path.clone(), reason: explain_open_error(&e) })?;
        if !settings.exclusive {
            let _ = inner.set_exclusive(false);
        }
        let mut inner: Box<dyn SerialPort> = Box::new(inner);
        // DTR before RTS when raising, RTS before DTR when lowering: see the
        // module comment for why the order keeps an ESP32 out of reset.
        match (settings.dtr, settings.rts) {
            (dtr, LineControl::Deassert) => {
                let _ = inner.write_request_to_send(false);
                set_line(&mut *inner, dtr, true);
            }
            (dtr, rts) => {
                set_line(&mut *inner, dtr, true);
                set_line(&mut *inner, rts, false);
            }
        }
        Ok(Port {
            inner: Transport::Serial(inner),
            name: settings.path.clone(),
            pending: Vec::new(),
            stale_prompts: false,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The WebREPL under this port, for its file transfers.
    pub fn webrepl(&mut self) -> Option<&mut WebReplLink> {
        self.inner.webrepl()
    }

    pub fn write_all(&mut self, bytes: &[u8], doing: &str) -> Result<(), DeviceError> {
        self.inner.write_all(bytes).map_err(|e| self.lost(doing, &e))
    }

    /// Wait up to `timeout` for bytes and append them to the pending buffer.
    /// Returns how many arrived (0 on timeout).
    pub fn fill(&mut self, timeout: Duration, doing: &str) -> Result<usize, DeviceError> {
        let mut buf = [0u8; 4096];
        match self.inner.read(&mut buf, timeout) {
            Ok(n) => {
                self.pending.extend_from_slice(&buf[..n]);
                Ok(n)
            }
            Err(e) => Err(self.lost(doing, &e)),
        }
    }

    /// Bytes the driver holds that a read would return at once.
    pub fn bytes_waiting(&self) -> usize {
        self.pending.len() + self.inner.bytes_waiting()
    }

    /// Bytes already read and not yet consumed.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Everything read so far, consumed.
    pub fn take_pending(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.pending)
    }

    /// Put bytes back in front of the pending buffer (read too far).
    pub fn unread(&mut self, bytes: &[u8]) {
        let mut joined = bytes.to_vec();
        joined.extend_from_slice(&self.pending);
        self.pending = joined;
    }

    /// Read until `ending` has been seen; returns everything up to and
    /// including it, leaving later bytes pending. `timeout` is the total wait.
    pub fn read_until(&mut self, ending: &[u8], timeout: Duration, doing: &str) -> Result<Vec<u8>, DeviceError> {
        let deadline = Instant::now() + timeout;
        let mut searched = 0;
        loop {
            if let Some(at) = find(&self.pending[searched..], ending) {
                let end = searched + at + ending.len();
                let rest = self.pending.split_off(end);
                return Ok(std::mem::replace(&mut self.pending, rest));
            }
            searched = self.pending.len().saturating_sub(ending.len().saturating_sub(1));
            let now = Instant::now();
            if now >= deadline {
                return Err(self.silence(timeout, doing));
            }
            self.fill((deadline - now).min(Duration::from_millis(50)), doing)?;
        }
    }

    /// Read exactly `n` bytes within `timeout`.
    pub fn read_exact(&mut self, n: usize, timeout: Duration, doing: &str) -> Result<Vec<u8>, DeviceError> {
        let deadline = Instant::now() + timeout;
        while self.pending.len() < n {
            let now = Instant::now();
            if now >= deadline {
                return Err(self.silence(timeout, doing));
            }
            self.fill((deadline - now).min(Duration::from_millis(50)), doing)?;
        }
        let rest = self.pending.split_off(n);
        Ok(std::mem::replace(&mut self.pending, rest))
    }

    /// Drop what has arrived so far, without waiting for more.
    pub fn discard_waiting(&mut self, doing: &str) -> Result<(), DeviceError> {
        self.pending.clear();
        while self.inner.bytes_waiting() > 0 {
            if self.fill(Duration::ZERO, doing)? == 0 {
                break;
            }
            self.pending.clear();
        }
        Ok(())
    }

    /// What has been read and not consumed, for looking at.
    pub fn pending(&self) -> &[u8] {
        &self.pending
    }

    /// Drop the first `n` pending bytes.
    pub fn consume(&mut self, n: usize) {
        self.pending.drain(..n.min(self.pending.len()));
    }

    /// The error for a wait that ran out: silence, or an answer we did not
    /// expect (which says more about what is wrong).
    pub fn silence(&self, waited: Duration, doing: &str) -> DeviceError {
        if self.pending.is_empty() {
            DeviceError::Timeout { port: self.name.clone(), waited, doing: doing.to_string() }
        } else {
            DeviceError::Protocol { port: self.name.clone(), doing: doing.to_string(), got: show_bytes(&self.pending) }
        }
    }

    fn lost(&self, doing: &str, e: &std::io::Error) -> DeviceError {
        DeviceError::Disconnected { port: self.name.clone(), doing: doing.to_string(), reason: e.to_string() }
    }
}

/// The driver's error, with what usually causes it.
fn explain_open_error(e: &serialport::Error) -> String {
    let text = e.to_string();
    let lower = text.to_lowercase();
    let hint = if lower.contains("busy") || lower.contains("lock") {
        "another program (a serial monitor, mpremote, Thonny, another upy) is using the port"
    } else if lower.contains("permission") {
        "no permission: on Linux add yourself to the `dialout` group (then log in again)"
    } else if lower.contains("no such file") || lower.contains("not found") {
        "no such port: is the board plugged in? `upy ports` lists the ports"
    } else {
        return text;
    };
    format!("{text}: {hint}")
}

fn set_line(port: &mut dyn SerialPort, control: LineControl, dtr: bool) {
    let level = match control {
        LineControl::Assert => true,
        LineControl::Deassert => false,
        LineControl::Leave => return,
    };
    // Pseudo-terminals and some adapters have no modem lines: not an error.
    let _ = if dtr { port.write_data_terminal_ready(level) } else { port.write_request_to_send(level) };
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
