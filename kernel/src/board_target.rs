//! A real board over its serial REPL as a notebook target (`%connect`).
//!
//! The board runs cells exactly as the simulated board does, through the
//! [`Target`] seam; what only a board has (its filesystem over the wire,
//! soft and hard reset) the magics reach through [`BoardTarget::connection`].

use upy_device::{Connection, DeviceError};
use upy_vm::target::{Completion, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Target};

use crate::notebook_target::NotebookTarget;

pub struct BoardTarget {
    conn: Connection,
}

impl BoardTarget {
    /// Find the port (`None` or `auto`: the only likely board) and enter its
    /// raw REPL. Errors say what to do, in a notebook's terms.
    pub fn open(
        requested: Option<&str>,
        baud: Option<u32>,
        password: Option<String>,
    ) -> Result<BoardTarget, ErrorInfo> {
        match Connection::open_port_with_password(requested, baud, password) {
            Ok(conn) => Ok(BoardTarget { conn }),
            Err(error) => Err(open_error(error)),
        }
    }

    /// Whether `requested` names this board's port (`auto` names none).
    pub fn is_at(&self, requested: Option<&str>) -> bool {
        requested.is_some_and(|path| path != "auto" && path == self.path())
    }

    pub fn path(&self) -> &str {
        &self.conn.options().port.path
    }

    pub fn connection(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Leave the board in its friendly REPL, as a terminal would find it.
    pub fn close(self) {
        self.conn.close();
    }
}

fn open_error(error: DeviceError) -> ErrorInfo {
    match error {
        // The bridge's wording names the command line's `--port`.
        DeviceError::AmbiguousPort(choices) => ErrorInfo::new(
            "ConnectionError",
            format!("several serial ports could be a board: {}; choose one with %connect PORT", choices.join(", ")),
        ),
        DeviceError::NoPorts => ErrorInfo::new(
            "ConnectionError",
            "no serial port found: is the board plugged in (and its USB cable a data cable)? \
             %ports lists the ports; `upy board` serves a simulated board on a port of its own",
        ),
        other => connection_error(&other),
    }
}

/// A failure of the link (not of the program) as a notebook shows it.
pub fn connection_error(error: &DeviceError) -> ErrorInfo {
    with_hint(error.to_error_info())
}

/// After a lost link, say what the user can do: the kernel itself is fine.
fn with_hint(mut info: ErrorInfo) -> ErrorInfo {
    if info.ename == "ConnectionError" {
        info.traceback.push(String::new());
        info.traceback.push(
            "The kernel is still running: the next cell on the board reconnects if the port \
             is back, %connect PORT connects again, %local returns to the simulated board."
                .to_string(),
        );
    }
    info
}

impl Target for BoardTarget {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        match self.conn.run(request, out, input, interrupt) {
            RunOutcome::Error(error) => RunOutcome::Error(with_hint(error)),
            outcome => outcome,
        }
    }

    /// Live names from the board, but only over a link that is up: a Tab
    /// press must not wait for a vanished board to time out reconnecting.
    fn complete(&mut self, prefix: &str) -> Vec<Completion> {
        if !self.conn.is_connected() {
            return Vec::new();
        }
        self.conn.complete(prefix)
    }

    fn inspect(&mut self, name: &str) -> Option<String> {
        if !self.conn.is_connected() {
            return None;
        }
        self.conn.inspect(name)
    }

    fn reset(&mut self) -> Result<(), ErrorInfo> {
        self.conn.soft_reset().map_err(|e| connection_error(&e))
    }

    fn describe(&self) -> String {
        format!("the board on {}", self.conn.describe())
    }
}

impl NotebookTarget for BoardTarget {}
