//! Sending code to a board waiting at the raw REPL prompt.
//!
//! Raw-paste mode (MicroPython 1.13+): the host sends `Ctrl-E A Ctrl-A`; the
//! board answers `R\x01`, then a 2-byte little-endian window size `W` and a
//! `\x01`. The host may send `W` bytes, and `W` more each time the board sends
//! `\x01` (it has made room); `\x04` ends the code and the board acknowledges
//! with `\x04` before running it. A board that stops reading early (a syntax
//! error) sends `\x04` during the transfer, which the host acknowledges.
//!
//! Short code (up to [`SMALL_CODE`] bytes) always goes in plain raw mode.
//! Boards that refuse (`R\x00`, then `>`) or do not know the command (they
//! answer with the raw REPL banner) get plain raw mode: the code in 256-byte
//! chunks with pauses, so a board with a small receive buffer keeps up, then
//! `\x04`, answered by `OK`. (Plain raw mode has no flow control: the pause
//! is the only way to pace it, and mpremote paces it the same way.)

use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::error::{show_bytes, DeviceError};
use crate::options::Timeouts;
use crate::port::Port;
use crate::raw_repl::{read_answer, CTRL_A, CTRL_C, CTRL_D, CTRL_E, RAW_PROMPT};

/// What we know about the board's raw-paste support.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasteSupport {
    Unknown,
    Supported,
    Unsupported,
}

/// How the code went over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendMode {
    RawPaste,
    PlainRaw,
}

const PLAIN_CHUNK: usize = 256;
/// Code this short goes in plain raw mode: one chunk fits any board's input
/// buffer (it is what raw mode always sends between pauses), and it takes
/// one round trip where raw-paste mode takes three.
pub const SMALL_CODE: usize = PLAIN_CHUNK;
const PLAIN_PAUSE: Duration = Duration::from_millis(10);

/// Send `code` to a board at the raw prompt. Returns once the board has the
/// whole program and starts running it: its output follows.
pub fn send_code(
    port: &mut Port,
    code: &[u8],
    support: &mut PasteSupport,
    timeouts: &Timeouts,
) -> Result<SendMode, DeviceError> {
    if *support != PasteSupport::Unsupported && code.len() > SMALL_CODE && try_raw_paste(port, code, support, timeouts)?
    {
        return Ok(SendMode::RawPaste);
    }
    send_plain(port, code, timeouts)?;
    Ok(SendMode::PlainRaw)
}

/// Returns `false` when the board will not do raw-paste (and is back at the
/// raw prompt, ready for plain raw mode).
fn try_raw_paste(
    port: &mut Port,
    code: &[u8],
    support: &mut PasteSupport,
    timeouts: &Timeouts,
) -> Result<bool, DeviceError> {
    let doing = "starting raw-paste mode";
    port.write_all(&[CTRL_E, b'A', CTRL_A], doing)?;
    let answer = match read_answer(port, 2, timeouts.raw_paste_answer, doing) {
        Ok(answer) => answer,
        Err(DeviceError::Timeout { .. }) | Err(DeviceError::Protocol { .. }) => {
            // No (whole) answer: start the raw REPL afresh and use plain mode.
            *support = PasteSupport::Unsupported;
            port.take_pending();
            port.write_all(&[CTRL_C, CTRL_A], doing)?;
            expect_raw_prompt(port, timeouts.answer, doing)?;
            return Ok(false);
        }
        Err(e) => return Err(e),
    };
    match answer.as_slice() {
        b"R\x01" => {}
        b"R\x00" => {
            *support = PasteSupport::Unsupported;
            port.read_until(b">", timeouts.answer, doing)?;
            return Ok(false);
        }
        _ => {
            // Firmware older than raw-paste took the bytes as code and reset
            // the raw REPL on Ctrl-A: it prints the banner again.
            *support = PasteSupport::Unsupported;
            port.unread(&answer);
            expect_raw_prompt(port, timeouts.answer, doing)?;
            return Ok(false);
        }
    }
    *support = PasteSupport::Supported;
    let header = port.read_exact(2, timeouts.answer, "reading the raw-paste window size")?;
    let window = u16::from_le_bytes([header[0], header[1]]) as usize;
    if window == 0 {
        return Err(DeviceError::Protocol {
            port: port.name().to_string(),
            doing: "reading the raw-paste window size".into(),
            got: "a window of 0 bytes".into(),
        });
    }
    write_windowed(port, code, window, timeouts)?;
    Ok(true)
}

fn write_windowed(port: &mut Port, code: &[u8], window: usize, timeouts: &Timeouts) -> Result<(), DeviceError> {
    let doing = "sending code in raw-paste mode";
    let mut remaining_window = window;
    let mut sent = 0;
    while sent < code.len() {
        // Take in the board's flow-control bytes; wait for one only when the
        // window is used up.
        let wait_until = Instant::now() + timeouts.answer;
        loop {
            if remaining_window == 0 {
                port.fill(Duration::from_millis(20), doing)?;
            } else if port.bytes_waiting() > 0 {
                port.fill(Duration::from_millis(1), doing)?;
            }
            for byte in port.take_pending() {
                match byte {
                    0x01 => remaining_window += window,
                    0x04 => {
                        // The board stopped reading (a syntax error, or it was
                        // interrupted): acknowledge, then its output follows.
                        port.write_all(&[CTRL_D], doing)?;
                        return Ok(());
                    }
                    other => {
                        return Err(DeviceError::Protocol {
                            port: port.name().to_string(),
                            doing: doing.into(),
                            got: show_bytes(&[other]),
                        })
                    }
                }
            }
            if remaining_window > 0 {
                break;
            }
            if Instant::now() >= wait_until {
                return Err(port.silence(timeouts.answer, "waiting for the raw-paste window"));
            }
        }
        let n = remaining_window.min(code.len() - sent);
        port.write_all(&code[sent..sent + n], doing)?;
        sent += n;
        remaining_window -= n;
    }
    port.write_all(&[CTRL_D], doing)?;
    // The board acknowledges the end of the code with `\x04`; window
    // increments may still come before it.
    let ack = port.read_until(&[CTRL_D], timeouts.answer, "finishing raw-paste mode")?;
    if ack[..ack.len() - 1].iter().any(|&b| b != 0x01) {
        return Err(DeviceError::Protocol {
            port: port.name().to_string(),
            doing: "finishing raw-paste mode".into(),
            got: show_bytes(&ack),
        });
    }
    Ok(())
}

fn send_plain(port: &mut Port, code: &[u8], timeouts: &Timeouts) -> Result<(), DeviceError> {
    let doing = "sending code in raw mode";
    for (i, chunk) in code.chunks(PLAIN_CHUNK).enumerate() {
        if i > 0 {
            sleep(PLAIN_PAUSE);
        }
        port.write_all(chunk, doing)?;
    }
    port.write_all(&[CTRL_D], doing)?;
    let doing = "waiting for the board to accept the code";
    let ok = read_answer(port, 2, timeouts.answer, doing)?;
    if ok != b"OK" {
        return Err(DeviceError::Protocol { port: port.name().to_string(), doing: doing.into(), got: show_bytes(&ok) });
    }
    Ok(())
}

fn expect_raw_prompt(port: &mut Port, timeout: Duration, doing: &str) -> Result<(), DeviceError> {
    port.read_until(RAW_PROMPT, timeout, doing)?;
    Ok(())
}
