//! Following a run on the board: its output as it arrives, interrupts, and
//! lines for `input()`, until the raw REPL's end markers.
//!
//! After the code is accepted the board sends the program's output, `\x04`,
//! the exception text if the run failed, `\x04`, and the raw prompt `>`.

use std::time::{Duration, Instant};

use upy_vm::target::{InputSource, Interrupt, OutputSink, Stream};

use crate::error::DeviceError;
use crate::input_detect::{EchoFilter, LineHolder};
use crate::options::Timeouts;
use crate::port::Port;
use crate::raw_repl::{CTRL_C, CTRL_D};
use crate::stream_decode::StreamDecoder;

const POLL: Duration = Duration::from_millis(10);
/// The end of the banner a board prints when it starts, before its friendly
/// prompt: seen during a run, the board has restarted and the raw REPL's
/// end markers will never come.
pub(crate) const RESTART_SIGN: &[u8] = b"for more information.\r\n>>> ";
/// A Ctrl-C may be lost in a program that catches `KeyboardInterrupt`; send
/// another after this long.
const INTERRUPT_REPEAT: Duration = Duration::from_millis(500);

/// How a run ended, as far as the wire is concerned.
#[derive(Debug, Default)]
pub struct Followed {
    /// The board's error output (a traceback), decoded; empty on success.
    pub stderr: String,
    /// A line was sent for `input()` but the board never read it, so it may
    /// sit in the raw REPL's line buffer.
    pub unread_input: bool,
}

pub struct Follower<'a> {
    pub port: &'a mut Port,
    pub out: &'a mut dyn OutputSink,
    pub input: &'a mut dyn InputSource,
    pub interrupt: &'a Interrupt,
    pub timeouts: &'a Timeouts,
    pub input_armed: bool,
    pub input_stall: Duration,
}

impl Follower<'_> {
    pub fn follow(mut self) -> Result<Followed, DeviceError> {
        let doing = "running code";
        let mut decoder = StreamDecoder::new();
        let mut holder = LineHolder::new(self.input_armed);
        let mut echo = EchoFilter::default();
        let mut last_activity = Instant::now();
        let mut asked_since_activity = false;
        let mut first_interrupt: Option<Instant> = None;
        let mut last_interrupt: Option<Instant> = None;
        let mut tail: Vec<u8> = Vec::new();

        loop {
            if self.interrupt.take() && first_interrupt.is_none() {
                self.port.write_all(&[CTRL_C], "interrupting the program")?;
                first_interrupt = Some(Instant::now());
                last_interrupt = first_interrupt;
            }
            if let (Some(first), Some(last)) = (first_interrupt, last_interrupt) {
                if first.elapsed() > self.timeouts.interrupt {
                    return Err(DeviceError::Timeout {
                        port: self.port.name().to_string(),
                        waited: self.timeouts.interrupt,
                        doing: "stopping the program with Ctrl-C".into(),
                    });
                }
                if last.elapsed() > INTERRUPT_REPEAT {
                    self.port.write_all(&[CTRL_C], "interrupting the program")?;
                    last_interrupt = Some(Instant::now());
                }
            }

            if !self.port.has_pending() {
                self.port.fill(POLL, doing)?;
            }
            let bytes = self.port.take_pending();
            if !bytes.is_empty() {
                last_activity = Instant::now();
                asked_since_activity = false;
                tail.extend_from_slice(&bytes);
                if tail.ends_with(RESTART_SIGN) {
                    return Err(DeviceError::BoardRestarted { port: self.port.name().to_string() });
                }
                let keep_from = tail.len().saturating_sub(RESTART_SIGN.len());
                tail.drain(..keep_from);
                let bytes = echo.filter(&bytes);
                if let Some(end) = bytes.iter().position(|&b| b == CTRL_D) {
                    self.emit(&mut decoder, &mut holder, &bytes[..end]);
                    self.port.unread(&bytes[end + 1..]);
                    let mut tail = decoder.finish();
                    tail.push_str(&holder.take());
                    if !tail.is_empty() {
                        self.out.write(Stream::Stdout, &tail);
                    }
                    break;
                }
                self.emit(&mut decoder, &mut holder, &bytes);
                continue;
            }

            let stalled = last_activity.elapsed() >= self.input_stall;
            if holder.is_armed() && stalled && !asked_since_activity && first_interrupt.is_none() {
                let prompt = holder.take();
                match self.input.read_line(&prompt, false) {
                    Some(line) => {
                        let mut bytes = line.into_bytes();
                        bytes.retain(|&b| b != b'\r' && b != b'\n');
                        echo.expect(&bytes);
                        bytes.push(b'\r');
                        self.port.write_all(&bytes, "sending a line for input()")?;
                    }
                    None => {
                        // No input to give: show the prompt and stop asking;
                        // the user can still interrupt the program.
                        let held = holder.disarm();
                        self.out.write(Stream::Stdout, &format!("{prompt}{held}"));
                    }
                }
                asked_since_activity = true;
                last_activity = Instant::now();
            }
        }

        let stderr = self.port.read_until(&[CTRL_D], self.timeouts.answer, "reading the error output")?;
        let mut err_decoder = StreamDecoder::new();
        let mut stderr_text = err_decoder.push(&stderr[..stderr.len() - 1]);
        stderr_text.push_str(&err_decoder.finish());
        self.port.read_until(b">", self.timeouts.answer, "waiting for the raw REPL prompt")?;
        Ok(Followed { stderr: stderr_text, unread_input: echo.waiting() })
    }

    fn emit(&mut self, decoder: &mut StreamDecoder, holder: &mut LineHolder, bytes: &[u8]) {
        let text = decoder.push(bytes);
        let shown = holder.push(&text);
        if !shown.is_empty() {
            self.out.write(Stream::Stdout, &shown);
        }
    }
}
