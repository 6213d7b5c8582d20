//! Getting a board into its raw REPL, whatever it was doing, by the
//! protocol's own markers and never by waiting a fixed time.
//!
//! A board may be running `main.py`, sitting at the friendly `>>> ` prompt,
//! already in the raw REPL, printing without pause, booting and printing its
//! boot log (an ESP32 that the port's DTR/RTS lines reset), or slow to
//! answer at all. The host sends `\r` Ctrl-C Ctrl-C (stop a program) then
//! `\r` Ctrl-A (raw REPL), and reads until the raw prompt
//! `raw REPL; CTRL-B to exit\r\n>`; everything before it is dropped. It asks
//! again only on evidence that the request was lost:
//!
//! - the board is idle at a friendly prompt `>>> ` that came after the
//!   request (it was booting, and dropped the bytes): Ctrl-A again;
//! - no raw prompt a second after asking (a program that caught the
//!   `KeyboardInterrupt`, or bytes lost on the way): the whole request again.
//!
//! Each extra Ctrl-A that the board does receive makes it print the raw
//! prompt once more, after the one that ended the wait. Those stale prompts
//! come before the answer to whatever the host sends next, and
//! [`read_answer`] drops them there.

use std::time::{Duration, Instant};

use crate::error::DeviceError;
use crate::port::Port;

pub const BANNER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";
/// The banner and the prompt after it: the board waits for code.
pub const RAW_PROMPT: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";
pub const CTRL_A: u8 = 0x01;
pub const CTRL_B: u8 = 0x02;
pub const CTRL_C: u8 = 0x03;
pub const CTRL_D: u8 = 0x04;
pub const CTRL_E: u8 = 0x05;

const INTERRUPT_AND_ASK: &[u8] = b"\r\x03\x03\r\x01";
const ASK: &[u8] = b"\r\x01";
const FRIENDLY_PROMPT: &[u8] = b">>> ";
/// A friendly prompt followed by this much silence: the board is idle at
/// it and did not get the Ctrl-A. A board that did get it answers in the
/// same breath.
const IDLE_AT_PROMPT: Duration = Duration::from_millis(100);
/// No raw prompt this long after asking: ask again, interrupting first.
const ASK_AGAIN: Duration = Duration::from_secs(1);
/// Of what comes before the raw prompt, only the end is worth keeping.
const KEEP: usize = 256;

/// How the raw REPL was reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entered {
    /// How many times the host asked.
    pub asks: u32,
}

/// Interrupt the board and enter the raw REPL; on success the board waits
/// at the raw prompt `>` and nothing before it is pending.
pub fn enter_raw_repl(port: &mut Port, timeout: Duration) -> Result<Entered, DeviceError> {
    let doing = "entering the raw REPL";
    port.discard_waiting(doing)?;
    port.write_all(INTERRUPT_AND_ASK, doing)?;
    let started = Instant::now();
    let deadline = started + timeout;
    let mut asked_at = started;
    let mut asks = 1;
    let mut last_arrival: Option<Instant> = None;
    loop {
        if let Some(at) = rfind(port.pending(), RAW_PROMPT) {
            port.consume(at + RAW_PROMPT.len());
            port.stale_prompts = asks > 1;
            return Ok(Entered { asks });
        }
        let excess = port.pending().len().saturating_sub(KEEP);
        port.consume(excess);

        let now = Instant::now();
        if now >= deadline {
            return Err(match port.silence(timeout, doing) {
                DeviceError::Timeout { port, doing, .. } => {
                    DeviceError::Timeout { port, doing, waited: started.elapsed().max(timeout) }
                }
                other => other,
            });
        }
        let idle_prompt_since = last_arrival.filter(|&at| at >= asked_at && port.pending().ends_with(FRIENDLY_PROMPT));
        if idle_prompt_since.is_some_and(|at| now - at >= IDLE_AT_PROMPT) {
            port.write_all(ASK, doing)?;
            asked_at = now;
            asks += 1;
            continue;
        }
        if now - asked_at >= ASK_AGAIN {
            port.write_all(INTERRUPT_AND_ASK, doing)?;
            asked_at = now;
            asks += 1;
            continue;
        }
        // Sleep until the next thing that can happen: bytes, a check of an
        // idle prompt, asking again, or the deadline.
        let mut until = (asked_at + ASK_AGAIN).min(deadline);
        if let Some(at) = idle_prompt_since {
            until = until.min(at + IDLE_AT_PROMPT);
        }
        if port.fill(until.saturating_duration_since(now), doing)? > 0 {
            last_arrival = Some(Instant::now());
        }
    }
}

/// Read the `n`-byte answer to something just sent in the raw REPL
/// (`OK`, `R\x01`), first dropping whole raw prompts left by a repeated
/// Ctrl-A (see the module comment) when there may be any.
pub fn read_answer(port: &mut Port, n: usize, timeout: Duration, doing: &str) -> Result<Vec<u8>, DeviceError> {
    if !port.stale_prompts {
        return port.read_exact(n, timeout, doing);
    }
    let deadline = Instant::now() + timeout;
    loop {
        let pending = port.pending();
        if pending.starts_with(RAW_PROMPT) {
            port.consume(RAW_PROMPT.len());
            continue;
        }
        // No answer starts like the prompt: wait until it is one or not.
        let maybe_prompt = RAW_PROMPT.starts_with(pending);
        if pending.len() >= n && !maybe_prompt {
            port.stale_prompts = false;
            return port.read_exact(n, Duration::ZERO, doing);
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(port.silence(timeout, doing));
        }
        port.fill(deadline - now, doing)?;
    }
}

/// Soft reset from the raw REPL: Ctrl-D on an empty line. The board answers
/// `OK\r\nMPY: soft reboot\r\n`, runs `boot.py` (not `main.py`, which only
/// runs for the friendly REPL) and comes back to the raw prompt.
pub fn soft_reset(port: &mut Port, timeout: Duration) -> Result<(), DeviceError> {
    let doing = "soft-resetting the board";
    port.write_all(&[CTRL_C, CTRL_D], doing)?;
    port.read_until(b"soft reboot\r\n", timeout, doing)?;
    port.read_until(RAW_PROMPT, timeout, doing)?;
    // Stale prompts came before the reboot: the stream is in step again.
    port.stale_prompts = false;
    Ok(())
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    (0..=haystack.len() - needle.len()).rev().find(|&i| &haystack[i..i + needle.len()] == needle)
}
