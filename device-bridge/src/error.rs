//! What can go wrong talking to a board, worded for the person at the desk.

use std::time::Duration;

use upy_vm::target::ErrorInfo;

#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    #[error("cannot open {port}: {reason}")]
    Open { port: String, reason: String },

    #[error(
        "no response from {port} after {} while {doing}: is MicroPython running? \
         Try pressing the board's reset button",
        seconds(*waited)
    )]
    Timeout { port: String, waited: Duration, doing: String },

    #[error("{port} disconnected while {doing} ({reason}): was the board unplugged or reset?")]
    Disconnected { port: String, doing: String, reason: String },

    #[error("unexpected answer from {port} while {doing}: {got}")]
    Protocol { port: String, doing: String, got: String },

    #[error("{port} restarted during the run (power, watchdog, crash or machine.reset()); its program did not finish")]
    BoardRestarted { port: String },

    /// The board ran the code and it raised.
    #[error("{}", .0.traceback.join("\n"))]
    Board(ErrorInfo),

    /// A file operation failed on the board (`OSError: [Errno 2] ENOENT`).
    #[error("{what}: {}", if .error.evalue.is_empty() { .error.ename.clone() } else { format!("{}: {}", .error.ename, .error.evalue) })]
    Remote { what: String, error: ErrorInfo },

    #[error("no serial port found: is the board plugged in (and its USB cable a data cable)?")]
    NoPorts,

    #[error("several serial ports could be a board, choose one with --port: {}", .0.join(", "))]
    AmbiguousPort(Vec<String>),

    #[error("{0}")]
    Local(String),
}

impl DeviceError {
    /// The error as a front end shows a failed run. Board exceptions keep
    /// their own type; connection trouble is an `OSError`-like
    /// `ConnectionError` so it reads naturally in a notebook.
    pub fn to_error_info(&self) -> ErrorInfo {
        match self {
            DeviceError::Board(info) => info.clone(),
            DeviceError::Remote { error, .. } => error.clone(),
            other => ErrorInfo::new("ConnectionError", other.to_string()),
        }
    }

    /// Errors after which the serial link cannot be trusted any more.
    pub fn is_link_lost(&self) -> bool {
        matches!(self, DeviceError::Disconnected { .. } | DeviceError::Open { .. })
    }
}

/// `2 s`, `0.5 s`: durations as a person says them.
pub(crate) fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if (s - s.round()).abs() < 0.05 {
        format!("{} s", s.round() as u64)
    } else {
        format!("{s:.1} s")
    }
}

/// Bytes from the board as readable text for an error message: control
/// characters escaped, long answers shortened to their end.
pub(crate) fn show_bytes(bytes: &[u8]) -> String {
    const MAX: usize = 120;
    let tail = if bytes.len() > MAX { &bytes[bytes.len() - MAX..] } else { bytes };
    let mut text = if bytes.len() > MAX { String::from("…") } else { String::new() };
    text.push('"');
    text.push_str(&tail.escape_ascii().to_string());
    text.push('"');
    if bytes.is_empty() {
        text = String::from("nothing");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeout_message_says_what_to_do() {
        let e = DeviceError::Timeout {
            port: "/dev/ttyUSB0".into(),
            waited: Duration::from_secs(2),
            doing: "entering the raw REPL".into(),
        };
        assert_eq!(
            e.to_string(),
            "no response from /dev/ttyUSB0 after 2 s while entering the raw REPL: is MicroPython running? \
             Try pressing the board's reset button"
        );
    }

    #[test]
    fn shown_bytes_are_escaped_and_shortened() {
        assert_eq!(show_bytes(b"R\x00>"), "\"R\\x00>\"");
        assert_eq!(show_bytes(b""), "nothing");
        assert!(show_bytes(&[b'x'; 500]).starts_with("…\""));
    }
}
