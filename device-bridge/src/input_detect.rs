//! Noticing that a program on the board waits in `input()`.
//!
//! The serial REPL has no message that says "I am reading a line": `input()`
//! just prints its prompt and waits, echoing what it receives. The bridge
//! therefore infers it, with this rule:
//!
//! 1. **Armed** only when the code sent calls `input(` (or detection is set to
//!    `Always`), so programs that never read are never asked about.
//! 2. While armed, output is passed on line by line; an unfinished line (no
//!    `\n` yet) is held back, since it may be a prompt.
//! 3. When the run has not ended and the board has been silent for the stall
//!    time (300 ms by default; a board prints a prompt and enters `readline`
//!    within a few milliseconds), the held text is the prompt: the bridge asks
//!    the input source for a line with that prompt and sends it with `\r`.
//! 4. The board echoes what `input()` reads (`line\r\n`); that echo is removed
//!    from the output, because the front end already shows the typed line.
//! 5. After an answer, the bridge asks again only after the board has sent
//!    something new, so one stall gives one question.
//!
//! A wrong guess (a program that pauses in `time.sleep()` right after a
//! partial line, in a cell that also calls `input()`) only means the user is
//! asked early: the line waits in the board's receive buffer until `input()`
//! takes it. If the run ends without taking it, the connection clears the
//! raw REPL's line buffer (Ctrl-C) before the next command.

use crate::options::InputDetection;

/// Whether detection applies to this code.
pub fn armed_for(code: &str, detection: InputDetection) -> bool {
    match detection {
        InputDetection::Always => true,
        InputDetection::Never => false,
        InputDetection::WhenCodeCallsInput => code.contains("input("),
    }
}

/// Holds back an unfinished line while detection is armed.
#[derive(Debug, Default)]
pub struct LineHolder {
    armed: bool,
    held: String,
}

impl LineHolder {
    pub fn new(armed: bool) -> LineHolder {
        LineHolder { armed, held: String::new() }
    }

    pub fn is_armed(&self) -> bool {
        self.armed
    }

    pub fn disarm(&mut self) -> String {
        self.armed = false;
        std::mem::take(&mut self.held)
    }

    /// Text that may be shown now.
    pub fn push(&mut self, text: &str) -> String {
        if !self.armed {
            return text.to_string();
        }
        self.held.push_str(text);
        match self.held.rfind('\n') {
            Some(end) => {
                let rest = self.held.split_off(end + 1);
                std::mem::replace(&mut self.held, rest)
            }
            None => String::new(),
        }
    }

    /// The held unfinished line, as a prompt (or the end of the output).
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.held)
    }
}

/// Removes the board's echo of a line we sent from its output.
#[derive(Debug, Default)]
pub struct EchoFilter {
    expected: Vec<u8>,
    matched: usize,
}

impl EchoFilter {
    pub fn expect(&mut self, sent_line: &[u8]) {
        self.expected = sent_line.to_vec();
        self.expected.extend_from_slice(b"\r\n");
        self.matched = 0;
    }

    /// True while part of an echo is still expected.
    pub fn waiting(&self) -> bool {
        self.matched < self.expected.len()
    }

    /// The bytes that are not echo. On the first byte that differs from the
    /// echo, filtering stops and the bytes held as a possible echo come back.
    pub fn filter(&mut self, bytes: &[u8]) -> Vec<u8> {
        let mut kept = Vec::with_capacity(bytes.len());
        for (i, &b) in bytes.iter().enumerate() {
            if !self.waiting() {
                kept.extend_from_slice(&bytes[i..]);
                break;
            }
            if b == self.expected[self.matched] {
                self.matched += 1;
            } else {
                kept.extend_from_slice(&self.expected[..self.matched]);
                kept.extend_from_slice(&bytes[i..]);
                self.expected.clear();
                self.matched = 0;
                break;
            }
        }
        if !self.waiting() {
            self.expected.clear();
            self.matched = 0;
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arming_follows_the_code() {
        assert!(armed_for("name = input('Name? ')", InputDetection::WhenCodeCallsInput));
        assert!(!armed_for("print('hi')", InputDetection::WhenCodeCallsInput));
        assert!(armed_for("print('hi')", InputDetection::Always));
        assert!(!armed_for("input()", InputDetection::Never));
    }

    #[test]
    fn unfinished_lines_are_held_only_when_armed() {
        let mut h = LineHolder::new(true);
        assert_eq!(h.push("a\nName"), "a\n");
        assert_eq!(h.push("? "), "");
        assert_eq!(h.take(), "Name? ");
        let mut h = LineHolder::new(false);
        assert_eq!(h.push("Name? "), "Name? ");
    }

    #[test]
    fn echo_is_removed_across_reads() {
        let mut f = EchoFilter::default();
        f.expect(b"alice");
        assert_eq!(f.filter(b"ali"), b"");
        assert_eq!(f.filter(b"ce\r\nHello alice\r\n"), b"Hello alice\r\n");
        assert!(!f.waiting());
    }

    #[test]
    fn unexpected_output_releases_the_partial_echo() {
        let mut f = EchoFilter::default();
        f.expect(b"ab");
        assert_eq!(f.filter(b"a"), b"");
        assert_eq!(f.filter(b"x"), b"ax");
        assert_eq!(f.filter(b"ab\r\n"), b"ab\r\n");
    }
}
