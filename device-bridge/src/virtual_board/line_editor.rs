//! The friendly REPL's line editor (and `input()`'s), after MicroPython's
//! `shared/readline/readline.c`: echo, cursor keys, Emacs keys, history,
//! auto-indent, and the control keys the REPL acts on.
//!
//! A statement's lines accumulate in one buffer, as on the board: the
//! editor works on the part after `orig` (the current line) and auto-indent
//! looks at the lines before it. Redrawing follows readline's model — move
//! back, reprint from the cursor, move forward — so the bytes a terminal
//! receives are the board's.

use super::wire::ByteOutput;

const HISTORY_MAX: usize = 8;

#[derive(Debug, PartialEq, Eq)]
pub enum LineEnd {
    /// Enter: the buffer holds the line.
    Line,
    CtrlA,
    CtrlB,
    CtrlC,
    CtrlD,
    CtrlE,
    /// No more input (the board is shutting down, or a run was interrupted).
    Closed,
}

#[derive(Debug, Default)]
pub struct Readline {
    pub history: Vec<String>,
    auto_indent: bool,
    /// Auto-indent spaces were added and no key has been pressed since.
    just_indented: bool,
    /// The newline byte last seen, so `\r\n` counts as one Enter.
    last_nl: u8,
}

/// Where the cursor is and what to redraw, per key.
#[derive(Default)]
struct Redraw {
    back: usize,
    from_cursor: bool,
    forward: usize,
}

impl Readline {
    pub fn new() -> Readline {
        Readline::default()
    }

    /// Read one line onto `buf` (which may hold earlier lines of the
    /// statement, each ending in `\n`) after printing `prompt`.
    pub fn read(
        &mut self,
        next: &mut dyn FnMut() -> Option<u8>,
        out: &mut ByteOutput,
        prompt: &str,
        buf: &mut Vec<u8>,
    ) -> LineEnd {
        let orig = buf.len();
        let mut cursor = orig;
        let mut hist_cur: Option<usize> = None;
        out.text(prompt);
        if buf.is_empty() {
            self.auto_indent = true;
        }
        self.indent(buf, &mut cursor, out);
        loop {
            let Some(c) = next() else { return LineEnd::Closed };
            let old_len = buf.len();
            let mut r = Redraw::default();
            let line_empty = buf.len() == orig;
            // `\r\n` (or `\n\r`) is one Enter: the second byte is ignored.
            let newline = matches!(c, b'\r' | b'\n') && (self.last_nl == 0 || self.last_nl == c);
            self.last_nl = if newline { c } else { 0 };
            match c {
                0x01..=0x05 if line_empty => return ctrl_end(c),
                _ if newline => {
                    out.text("\r\n");
                    let line = String::from_utf8_lossy(&buf[orig..]).into_owned();
                    if !line.is_empty() && self.history.first() != Some(&line) {
                        self.history.insert(0, line);
                        self.history.truncate(HISTORY_MAX);
                    }
                    return LineEnd::Line;
                }
                0x01 => r.back = cursor - orig,
                0x02 if cursor > orig => r.back = 1,
                0x03 => return LineEnd::CtrlC,
                0x04 if cursor < buf.len() => {
                    buf.remove(cursor);
                    r.from_cursor = true;
                }
                0x05 => r.forward = buf.len() - cursor,
                0x06 if cursor < buf.len() => r.forward = 1,
                0x0b => {
                    buf.truncate(cursor);
                    r.from_cursor = true;
                }
                0x0e | 0x10 => self.history_step(c == 0x10, &mut hist_cur, buf, orig, cursor, &mut r),
                0x15 => {
                    buf.drain(orig..cursor);
                    r.back = cursor - orig;
                    r.from_cursor = true;
                }
                0x1b => match (next(), next()) {
                    (Some(b'['), Some(key @ (b'A' | b'B'))) => {
                        self.history_step(key == b'A', &mut hist_cur, buf, orig, cursor, &mut r)
                    }
                    (Some(b'['), Some(b'C')) if cursor < buf.len() => r.forward = 1,
                    (Some(b'['), Some(b'D')) if cursor > orig => r.back = 1,
                    (Some(b'[' | b'O'), Some(b'H')) => r.back = cursor - orig,
                    (Some(b'[' | b'O'), Some(b'F')) => r.forward = buf.len() - cursor,
                    (Some(b'['), Some(digit @ b'0'..=b'9')) if next() == Some(b'~') => match digit {
                        b'1' | b'7' => r.back = cursor - orig,
                        b'4' | b'8' => r.forward = buf.len() - cursor,
                        b'3' if cursor < buf.len() => {
                            buf.remove(cursor);
                            r.from_cursor = true;
                        }
                        _ => {}
                    },
                    _ => {}
                },
                0x08 | 0x7f if cursor > orig => {
                    // After auto-indent, backspace removes a whole level.
                    let all_spaces = buf[orig..cursor].iter().all(|&b| b == b' ');
                    let n = if all_spaces && cursor - orig >= 4 { 4 } else { 1 };
                    buf.drain(cursor - n..cursor);
                    r.back = n;
                    r.from_cursor = true;
                }
                b'\t' | b' ' if self.just_indented => {
                    // Typed (or pasted) indentation after auto-indent: the
                    // text brings its own, so auto-indent stops for this
                    // statement; a space keeps one of the four added.
                    self.auto_indent = false;
                    if c == b' ' {
                        buf.truncate(buf.len() - 3);
                        r.back = 3;
                    }
                }
                // Tab after whitespace indents (completion is not offered).
                b'\t' if cursor > 0 && buf[cursor - 1].is_ascii_whitespace() => {
                    buf.splice(cursor..cursor, *b"    ");
                    r.from_cursor = true;
                    r.forward = 4;
                }
                c if c >= 0x20 && c != 0x7f => {
                    buf.insert(cursor, c);
                    r.from_cursor = true;
                    r.forward = 1;
                }
                _ => {}
            }
            redraw(out, buf, &mut cursor, old_len, r);
            self.just_indented = false;
        }
    }

    /// Up (`older`) or down in the history, replacing the current line.
    fn history_step(
        &self,
        older: bool,
        hist_cur: &mut Option<usize>,
        buf: &mut Vec<u8>,
        orig: usize,
        cursor: usize,
        r: &mut Redraw,
    ) {
        let target = match (older, *hist_cur) {
            (true, None) if !self.history.is_empty() => Some(0),
            (true, Some(i)) if i + 1 < self.history.len() => Some(i + 1),
            (false, Some(i)) => i.checked_sub(1),
            _ => return,
        };
        *hist_cur = target;
        buf.truncate(orig);
        if let Some(i) = target {
            buf.extend_from_slice(self.history[i].as_bytes());
        }
        r.back = cursor - orig;
        r.from_cursor = true;
        r.forward = buf.len() - orig;
    }

    /// MicroPython's auto-indent: a new line of a statement starts at the
    /// previous line's indentation, one level deeper after a `:`; two blank
    /// lines in a row get none.
    fn indent(&mut self, buf: &mut Vec<u8>, cursor: &mut usize, out: &mut ByteOutput) {
        let len = buf.len();
        if !self.auto_indent || len < 2 || buf[len - 1] != b'\n' {
            return;
        }
        let start = buf[..len - 1].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let first_char = start + buf[start..].iter().take_while(|&&b| b == b' ').count();
        if start > 0 && first_char + 1 == len {
            // The previous line is blank: if the one before is blank too,
            // the statement is being closed.
            let before = &buf[..start - 1];
            let prev_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            if before[prev_start..].iter().all(|&b| b == b' ') && prev_start > 0 {
                return;
            }
        }
        let mut levels = (first_char - start) / 4;
        if buf[len - 2] == b':' {
            levels += 1;
        }
        for _ in 0..levels {
            buf.extend_from_slice(b"    ");
            out.text("    ");
            *cursor += 4;
            self.just_indented = true;
        }
    }
}

fn ctrl_end(c: u8) -> LineEnd {
    match c {
        0x01 => LineEnd::CtrlA,
        0x02 => LineEnd::CtrlB,
        0x03 => LineEnd::CtrlC,
        0x04 => LineEnd::CtrlD,
        _ => LineEnd::CtrlE,
    }
}

/// readline's redraw: cursor back, reprint from the cursor (erasing what
/// the line lost), cursor forward.
fn redraw(out: &mut ByteOutput, buf: &[u8], cursor: &mut usize, old_len: usize, r: Redraw) {
    if r.back > 0 {
        move_back(out, r.back);
        *cursor -= r.back;
    }
    if r.from_cursor {
        if buf.len() < old_len {
            out.text("\x1b[K");
        }
        out.raw(&buf[*cursor..]);
        move_back(out, buf.len() - (*cursor + r.forward));
        *cursor += r.forward;
    } else if r.forward > 0 {
        out.raw(&buf[*cursor..*cursor + r.forward]);
        *cursor += r.forward;
    }
}

/// `\b` for short moves, `ESC [ n D` beyond four, as MicroPython's HAL.
fn move_back(out: &mut ByteOutput, n: usize) {
    if n <= 4 {
        out.raw(&b"\x08\x08\x08\x08"[..n]);
    } else {
        out.text(&format!("\x1b[{n}D"));
    }
}
