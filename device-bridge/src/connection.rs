//! A board on a serial port, as a [`Target`]: code runs in its raw REPL with
//! output streamed back as it is printed.
//!
//! The connection survives the board going away: a lost link turns the run
//! into a `ConnectionError`, and the next call reopens the port (if it is
//! back) and enters the raw REPL again.

use std::thread::sleep;
use std::time::{Duration, Instant};

use upy_vm::target::{
    Completion, CompletionKind, ErrorInfo, InputSource, Interrupt, NoInput, OutputSink, RunOutcome, RunRequest, Stream,
    Target,
};

use crate::error::DeviceError;
use crate::follow::{Followed, Follower};
use crate::input_detect::armed_for;
use crate::options::ConnectOptions;
use crate::port::Port;
use crate::raw_paste::{send_code, PasteSupport, SendMode};
use crate::raw_repl::{self, CTRL_C};
use crate::result_capture::{with_result_capture, ResultSplitter};
use crate::traceback::parse_traceback;

pub struct Connection {
    options: ConnectOptions,
    port: Option<Port>,
    paste: PasteSupport,
    /// A line sent for `input()` may still sit in the raw REPL's buffer.
    dirty_line: bool,
    last_mode: Option<SendMode>,
}

impl Connection {
    /// Open the port and enter the raw REPL.
    pub fn open(options: ConnectOptions) -> Result<Connection, DeviceError> {
        let mut conn = Connection {
            paste: if options.use_raw_paste { PasteSupport::Unknown } else { PasteSupport::Unsupported },
            options,
            port: None,
            dirty_line: false,
            last_mode: None,
        };
        conn.connect()?;
        Ok(conn)
    }

    /// Find the port (a path; `auto` or `None` for the only likely board)
    /// and open it, at `baud` if given, as every front end connects.
    pub fn open_port(requested: Option<&str>, baud: Option<u32>) -> Result<Connection, DeviceError> {
        Connection::open_port_with_password(requested, baud, None)
    }

    /// [`Connection::open_port`], with the password of a WebREPL port
    /// (`None`: from `UPY_WEBREPL_PASSWORD`).
    pub fn open_port_with_password(
        requested: Option<&str>,
        baud: Option<u32>,
        password: Option<String>,
    ) -> Result<Connection, DeviceError> {
        let info = crate::discovery::resolve_port(requested)?;
        let mut options = ConnectOptions::for_port(&info);
        if let Some(baud) = baud {
            options.port.baud = baud;
        }
        options.port.password = password;
        Connection::open(options)
    }

    /// The WebREPL link under this connection (for its file transfers),
    /// opening the port if needed; `None` on a serial port.
    pub fn webrepl(&mut self) -> Result<Option<&mut crate::webrepl::client::WebReplLink>, DeviceError> {
        Ok(self.connect()?.webrepl())
    }

    pub fn options(&self) -> &ConnectOptions {
        &self.options
    }

    pub fn is_connected(&self) -> bool {
        self.port.is_some()
    }

    /// How the last program was sent (raw-paste or plain raw mode).
    pub fn last_send_mode(&self) -> Option<SendMode> {
        self.last_mode
    }

    /// Close the port, leaving the board in its friendly REPL.
    pub fn close(mut self) {
        if let Some(port) = self.port.as_mut() {
            let _ = port.write_all(&[b'\r', raw_repl::CTRL_B], "leaving the raw REPL");
        }
        self.port = None;
    }

    /// The open port, opening it (and entering the raw REPL) if needed.
    fn connect(&mut self) -> Result<&mut Port, DeviceError> {
        if self.port.is_none() {
            let mut port = Port::open(&self.options.port)?;
            raw_repl::enter_raw_repl(&mut port, self.options.timeouts.enter_raw_repl)?;
            if self.options.use_raw_paste {
                // A reconnected board may have new firmware: ask again.
                self.paste = PasteSupport::Unknown;
            }
            self.dirty_line = false;
            self.port = Some(port);
        }
        match self.port.as_mut() {
            Some(port) => Ok(port),
            None => Err(DeviceError::Local(format!("{} is not open", self.options.port.path))),
        }
    }

    /// Close the port after trouble on it; the next use reconnects.
    pub fn drop_link(&mut self) {
        self.port = None;
    }

    /// Drop the port after an error that leaves the link in an unknown state.
    fn forget_port_on(&mut self, error: &DeviceError) {
        if !matches!(error, DeviceError::Board(_) | DeviceError::Remote { .. }) {
            self.port = None;
        }
    }

    /// Run code, streaming its output to `out`. An exception on the board
    /// is `DeviceError::Board`; trouble with the link drops the port so the
    /// next call reconnects.
    pub fn run_streaming(
        &mut self,
        code: &str,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> Result<(), DeviceError> {
        let result = self.run_inner(code, out, input, interrupt);
        if let Err(e) = &result {
            self.forget_port_on(e);
        }
        result
    }

    fn run_inner(
        &mut self,
        code: &str,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> Result<(), DeviceError> {
        let armed = armed_for(code, self.options.input_detection);
        let timeouts = self.options.timeouts.clone();
        let stall = self.options.input_stall;
        // Connecting first: a reconnection resets what is known of the board.
        self.connect()?;
        let dirty = std::mem::take(&mut self.dirty_line);
        let mut paste = self.paste;
        let port = self.connect()?;
        if dirty {
            port.write_all(&[CTRL_C], "clearing the raw REPL line")?;
        }
        let mode = send_code(port, code.as_bytes(), &mut paste, &timeouts)?;
        let followed: Followed =
            Follower { port, out, input, interrupt, timeouts: &timeouts, input_armed: armed, input_stall: stall }
                .follow()?;
        self.paste = paste;
        self.last_mode = Some(mode);
        self.dirty_line = followed.unread_input;
        if followed.stderr.trim().is_empty() {
            Ok(())
        } else {
            Err(DeviceError::Board(parse_traceback(&followed.stderr)))
        }
    }

    /// Run code and collect its output (for file operations and queries).
    /// A board exception is `DeviceError::Board`.
    pub fn exec(&mut self, code: &str) -> Result<Vec<u8>, DeviceError> {
        let mut sink = CollectBytes::default();
        self.run_streaming(code, &mut sink, &mut NoInput, &Interrupt::new())?;
        Ok(sink.text.into_bytes())
    }

    /// Run code and return its output as text.
    pub fn exec_text(&mut self, code: &str) -> Result<String, DeviceError> {
        self.exec(code).map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    /// Soft reset (Ctrl-D in the raw REPL): fresh interpreter state.
    pub fn soft_reset(&mut self) -> Result<(), DeviceError> {
        let timeout = self.options.timeouts.soft_reset;
        let result = self.connect().and_then(|port| raw_repl::soft_reset(port, timeout));
        if let Err(e) = &result {
            self.forget_port_on(e);
        }
        result
    }

    /// Hard reset with `machine.reset()`, then reconnect: on the same port
    /// when the board prints its boot banner there (a USB-serial chip) or
    /// restarts in place (the simulated board finishes the run), or once
    /// the port is back when it drops off the bus (native USB).
    pub fn hard_reset(&mut self) -> Result<(), DeviceError> {
        let timeouts = self.options.timeouts.clone();
        let port = self.connect()?;
        // The board resets instead of finishing the run, and a board with
        // native USB may vanish before it even answers `OK`: any outcome of
        // sending is fine, what follows decides.
        let mut paste = PasteSupport::Unsupported;
        let _ = send_code(port, b"import machine\nmachine.reset()\n", &mut paste, &timeouts);
        let deadline = Instant::now() + timeouts.hard_reset;
        let doing = "waiting for the board to restart";
        let vanished = loop {
            let pending = port.pending();
            if crate::port::find(pending, crate::follow::RESTART_SIGN).is_some() {
                break false;
            }
            if run_ended(pending) {
                // Restarted in place (or not at all) and back at the raw
                // prompt.
                port.take_pending();
                return Ok(());
            }
            let now = Instant::now();
            if now >= deadline {
                let error = port.silence(timeouts.hard_reset, doing);
                self.port = None;
                return Err(error);
            }
            match port.fill(deadline - now, doing) {
                Ok(_) => {}
                Err(DeviceError::Disconnected { .. }) => break true,
                Err(e) => {
                    self.port = None;
                    return Err(e);
                }
            }
        };
        if !vanished {
            let result = raw_repl::enter_raw_repl(port, timeouts.enter_raw_repl).map(drop);
            if let Err(e) = &result {
                self.forget_port_on(e);
            }
            return result;
        }
        // The port comes back when the board's USB stack is up again:
        // there is nothing to wait on but the device node, so look again
        // every so often.
        self.port = None;
        loop {
            match self.connect() {
                Ok(_) => return Ok(()),
                Err(e) if Instant::now() >= deadline => return Err(e),
                Err(_) => {
                    self.port = None;
                    sleep(Duration::from_millis(100));
                }
            }
        }
    }

    fn names(&mut self, prefix: &str) -> Result<Vec<String>, DeviceError> {
        let (object, partial) = match prefix.rfind('.') {
            Some(dot) => (Some(&prefix[..dot]), &prefix[dot + 1..]),
            None => (None, prefix),
        };
        if !is_dotted_name(object.unwrap_or("x")) || !(partial.is_empty() || is_dotted_name(partial)) {
            return Ok(Vec::new());
        }
        let listing = match object {
            Some(obj) => format!("_upy_l = dir({obj})\n"),
            // Globals and builtins; a port without a `builtins` module
            // still completes its globals.
            None => "_upy_l = list(globals())\ntry:\n import builtins\n _upy_l += dir(builtins)\nexcept ImportError:\n pass\n".to_string(),
        };
        let code = format!(
            "{listing}for _n in sorted(set(_upy_l)):\n if _n.startswith('{partial}') and not _n.startswith('_upy_'):\n  print(_n)\ndel _upy_l\n"
        );
        let text = self.exec_text(&code)?;
        Ok(text.lines().map(str::to_string).filter(|n| !n.is_empty()).collect())
    }
}

/// The raw REPL's end of a run: `\x04`, the error text, `\x04`, `>`.
fn run_ended(received: &[u8]) -> bool {
    let mut ends = received.iter().enumerate().filter(|(_, &b)| b == 0x04).map(|(i, _)| i);
    match (ends.next(), ends.next()) {
        (Some(_), Some(second)) => received[second + 1..].contains(&b'>'),
        _ => false,
    }
}

fn is_dotted_name(text: &str) -> bool {
    !text.is_empty()
        && text.split('.').all(|part| {
            let mut chars = part.chars();
            matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// The board calls every program `<stdin>`; a file run from the command
/// line is named in its traceback as it would be when run locally.
fn name_the_file(mut error: ErrorInfo, file_name: &str) -> ErrorInfo {
    if file_name != "<stdin>" && !file_name.is_empty() {
        let named = format!("File \"{file_name}\"");
        for line in &mut error.traceback {
            if line.trim_start().starts_with("File \"<stdin>\"") {
                *line = line.replacen("File \"<stdin>\"", &named, 1);
            }
        }
    }
    error
}

impl Target for Connection {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        let rewritten = if request.want_result { with_result_capture(request.code) } else { None };
        let (outcome, result) = match rewritten {
            None => (self.run_streaming(request.code, out, input, interrupt), None),
            Some(code) => {
                let mut splitter = ResultSplitter::new(out);
                let outcome = self.run_streaming(&code, &mut splitter, input, interrupt);
                (outcome, splitter.finish())
            }
        };
        match outcome {
            Ok(()) => RunOutcome::Ok { result },
            Err(e) => RunOutcome::Error(name_the_file(e.to_error_info(), request.file_name)),
        }
    }

    fn complete(&mut self, prefix: &str) -> Vec<Completion> {
        self.names(prefix)
            .unwrap_or_default()
            .into_iter()
            .map(|name| Completion { name, kind: CompletionKind::Variable, detail: None })
            .collect()
    }

    fn inspect(&mut self, name: &str) -> Option<String> {
        if !is_dotted_name(name) {
            return None;
        }
        let text = self.exec_text(&format!("print(type({name}).__name__+': '+repr({name})[:200])")).ok()?;
        Some(text.trim_end().to_string())
    }

    fn reset(&mut self) -> Result<(), ErrorInfo> {
        self.soft_reset().map_err(|e| e.to_error_info())
    }

    fn describe(&self) -> String {
        match &self.options.label {
            Some(label) => format!("{} ({label})", self.options.port.path),
            None => self.options.port.path.clone(),
        }
    }
}

/// Collects a run's output.
#[derive(Default)]
pub struct CollectBytes {
    pub text: String,
}

impl OutputSink for CollectBytes {
    fn write(&mut self, stream: Stream, text: &str) {
        if stream == Stream::Stdout {
            self.text.push_str(text);
        }
    }
}
