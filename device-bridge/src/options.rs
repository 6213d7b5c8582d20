//! Settings of a board connection: the port, and how long to wait for what.

use std::time::Duration;

use crate::port::PortSettings;

/// How long each step may take before the bridge gives up with an error.
#[derive(Clone, Debug)]
pub struct Timeouts {
    /// Entering the raw REPL after interrupting the board.
    pub enter_raw_repl: Duration,
    /// Any single protocol answer (`OK`, `R\x01`, a window increment, the end
    /// of a run's error output, the `>` prompt).
    pub answer: Duration,
    /// Waiting for `R\x01`/`R\x00` before falling back to plain raw mode.
    pub raw_paste_answer: Duration,
    /// After an interrupt, the run must end within this time.
    pub interrupt: Duration,
    /// Soft reset: `boot.py` may take a while.
    pub soft_reset: Duration,
    /// Hard reset: the USB port disappears and comes back.
    pub hard_reset: Duration,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            enter_raw_repl: Duration::from_secs(5),
            answer: Duration::from_secs(2),
            raw_paste_answer: Duration::from_millis(500),
            interrupt: Duration::from_secs(3),
            soft_reset: Duration::from_secs(5),
            hard_reset: Duration::from_secs(10),
        }
    }
}

/// When the bridge may decide the board waits in `input()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputDetection {
    /// Only when the code sent mentions `input(` (the default: programs that
    /// never call `input()` are never interrupted by a question).
    WhenCodeCallsInput,
    /// On every stall; for code that calls `input()` from imported modules.
    Always,
    Never,
}

#[derive(Clone, Debug)]
pub struct ConnectOptions {
    pub port: PortSettings,
    pub timeouts: Timeouts,
    pub input_detection: InputDetection,
    /// How long output must pause before the bridge concludes the board is
    /// waiting for a line.
    pub input_stall: Duration,
    /// Try raw-paste mode (faster, flow-controlled) before plain raw mode.
    pub use_raw_paste: bool,
    /// A label for `describe()`, e.g. the board recognised by discovery.
    pub label: Option<String>,
}

impl ConnectOptions {
    /// Options for a port found by discovery, labelled with what it is.
    pub fn for_port(port: &crate::discovery::PortInfo) -> ConnectOptions {
        let mut options = ConnectOptions::new(port.path.clone());
        if port.vid.is_some() {
            options.label = Some(port.description());
        }
        options
    }

    pub fn new(path: impl Into<String>) -> ConnectOptions {
        ConnectOptions {
            port: PortSettings::new(path),
            timeouts: Timeouts::default(),
            input_detection: InputDetection::WhenCodeCallsInput,
            input_stall: Duration::from_millis(300),
            use_raw_paste: true,
            label: None,
        }
    }
}
