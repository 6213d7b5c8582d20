//! Getting a board into its raw REPL, whatever it was doing.
//!
//! A board may be running `main.py`, sitting at the friendly `>>> ` prompt,
//! already in the raw REPL, or printing without pause. Ctrl-C twice (with a
//! pause, so a program that catches the first `KeyboardInterrupt` in a loop
//! gets a second one) stops a program; Ctrl-A then switches to the raw REPL,
//! which answers `raw REPL; CTRL-B to exit\r\n>`. Everything before that
//! banner is output of whatever ran and is dropped.

use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::error::DeviceError;
use crate::port::Port;

pub const BANNER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";
pub const CTRL_A: u8 = 0x01;
pub const CTRL_B: u8 = 0x02;
pub const CTRL_C: u8 = 0x03;
pub const CTRL_D: u8 = 0x04;
pub const CTRL_E: u8 = 0x05;

const ATTEMPTS: u32 = 3;

/// Interrupt the board and enter the raw REPL; on success the board waits at
/// the raw prompt `>` and nothing is pending.
pub fn enter_raw_repl(port: &mut Port, timeout: Duration) -> Result<(), DeviceError> {
    let doing = "entering the raw REPL";
    let started = Instant::now();
    let mut last_error = None;
    for _ in 0..ATTEMPTS {
        port.write_all(&[b'\r', CTRL_C], doing)?;
        sleep(Duration::from_millis(60));
        port.write_all(&[CTRL_C], doing)?;
        // Drop what the interrupted program printed; a board that keeps
        // printing is cut off after a short while.
        port.discard_input(Duration::from_millis(40), Duration::from_millis(300), doing)?;
        port.write_all(&[b'\r', CTRL_A], doing)?;
        let mut prompt = BANNER.to_vec();
        prompt.push(b'>');
        let per_attempt = (timeout / ATTEMPTS).max(Duration::from_millis(300));
        match port.read_until(&prompt, per_attempt, doing) {
            Ok(_) => {
                settle(port, doing)?;
                return Ok(());
            }
            Err(e @ DeviceError::Disconnected { .. }) => return Err(e),
            Err(e) => last_error = Some(e),
        }
    }
    Err(match last_error {
        Some(DeviceError::Timeout { port, doing, .. }) => {
            DeviceError::Timeout { port, doing, waited: started.elapsed().max(timeout) }
        }
        Some(e) => e,
        None => port.silence(timeout, doing),
    })
}

/// Keep only what arrives after the last raw prompt: a board that was
/// printing continuously may have sent a second banner behind the first.
fn settle(port: &mut Port, doing: &str) -> Result<(), DeviceError> {
    port.fill(Duration::from_millis(5), doing)?;
    let pending = port.take_pending();
    let mut tail_prompt = BANNER.to_vec();
    tail_prompt.push(b'>');
    if let Some(pos) = rfind(&pending, &tail_prompt) {
        port.unread(&pending[pos + tail_prompt.len()..]);
    } else {
        port.unread(&pending);
    }
    Ok(())
}

/// Soft reset from the raw REPL: Ctrl-D on an empty line. The board answers
/// `OK\r\nMPY: soft reboot\r\n`, runs `boot.py` (not `main.py`, which only
/// runs for the friendly REPL) and comes back to the raw prompt.
pub fn soft_reset(port: &mut Port, timeout: Duration) -> Result<(), DeviceError> {
    let doing = "soft-resetting the board";
    port.write_all(&[CTRL_C, CTRL_D], doing)?;
    port.read_until(b"soft reboot\r\n", timeout, doing)?;
    let mut prompt = BANNER.to_vec();
    prompt.push(b'>');
    port.read_until(&prompt, timeout, doing)?;
    Ok(())
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    (0..=haystack.len() - needle.len()).rev().find(|&i| &haystack[i..i + needle.len()] == needle)
}
