//! The raw REPL and raw-paste mode, framed exactly as MicroPython frames
//! them (`shared/runtime/pyexec.c`):
//!
//! - entering prints `raw REPL; CTRL-B to exit\r\n>`;
//! - code ends with Ctrl-D; the board answers `OK`, runs it, and sends its
//!   output, `\x04`, the exception text if any, `\x04`, then `>`;
//! - Ctrl-D on an empty line answers `OK\r\n` and soft-resets;
//! - `Ctrl-E A Ctrl-A` starts raw-paste mode: `R\x01`, the window size as two
//!   little-endian bytes and `\x01`; each `window` bytes received earn
//!   another `\x01`; Ctrl-D ends the code (answered by `\x04`), Ctrl-C
//!   abandons it with a `KeyboardInterrupt`.

use upy_vm::target::{ErrorInfo, Target};

use super::console::{run_program, traceback_text};
use super::files::BoardFiles;
use super::{normalise_newlines, Board, RawPasteSupport, ReplExit};

/// The banner and the prompt, written at once: a line logged by another
/// task never lands between them.
const BANNER_PROMPT: &str = "raw REPL; CTRL-B to exit\r\n>";

pub(crate) fn raw_repl<T: Target + BoardFiles>(board: &mut Board<T>) -> ReplExit {
    board.out.text(BANNER_PROMPT);
    let mut line: Vec<u8> = Vec::new();
    loop {
        let Ok(c) = board.next_byte() else { return ReplExit::Stopped };
        match c {
            0x01 => {
                let paste_request = line.len() == 2 && line[0] == 0x05;
                if paste_request && board.options.raw_paste != RawPasteSupport::Unknown {
                    let command = line[1];
                    line.clear();
                    if let Some(exit) = raw_paste(board, command) {
                        return exit;
                    }
                    board.out.text(">");
                } else {
                    line.clear();
                    board.out.text(BANNER_PROMPT);
                }
            }
            0x02 => {
                board.out.text("\r\n");
                return ReplExit::ToFriendly;
            }
            0x03 => line.clear(),
            0x04 => {
                board.out.text("OK");
                if line.is_empty() {
                    board.out.text("\r\n");
                    return ReplExit::SoftReset;
                }
                let code = String::from_utf8_lossy(&std::mem::take(&mut line)).into_owned();
                if let Some(exit) = execute(board, &code) {
                    return exit;
                }
                board.out.text(">");
            }
            other => line.push(other),
        }
    }
}

/// Raw-paste mode for `command` (only `A` exists).
fn raw_paste<T: Target + BoardFiles>(board: &mut Board<T>, command: u8) -> Option<ReplExit> {
    if command != b'A' || board.options.raw_paste == RawPasteSupport::Refused {
        board.out.raw(b"R\x00");
        return None;
    }
    board.out.raw(b"R\x01");
    let window = board.options.window.max(1);
    let [low, high] = window.to_le_bytes();
    board.out.raw(&[low, high, 0x01]);
    let mut code = Vec::new();
    let mut remaining = window;
    loop {
        let Ok(c) = board.next_byte() else { return Some(ReplExit::Stopped) };
        match c {
            0x04 => {
                board.out.raw(b"\x04");
                break;
            }
            0x03 => {
                board.out.raw(b"\x04");
                board.out.raw(b"\x04");
                // A `KeyboardInterrupt` raised while reading code has no traceback.
                let interrupted = ErrorInfo {
                    ename: "KeyboardInterrupt".into(),
                    evalue: String::new(),
                    traceback: vec!["KeyboardInterrupt: ".into()],
                };
                board.out.text(&traceback_text(&interrupted));
                board.out.raw(b"\x04");
                return None;
            }
            _ => {
                code.push(c);
                remaining -= 1;
                if remaining == 0 {
                    board.out.raw(b"\x01");
                    remaining = window;
                }
            }
        }
    }
    let code = String::from_utf8_lossy(&code).into_owned();
    execute(board, &code)
}

/// Run code and frame its output; `SystemExit` soft-resets.
fn execute<T: Target>(board: &mut Board<T>, code: &str) -> Option<ReplExit> {
    let code = normalise_newlines(code);
    let ran = run_program(&mut board.target, &code, false, &mut board.out, &mut board.input, &board.shared);
    board.out.raw(b"\x04");
    match ran.error {
        Some(e) if e.ename == "SystemExit" => {
            board.out.raw(b"\x04");
            return Some(ReplExit::SoftReset);
        }
        Some(e) => board.out.text(&traceback_text(&e)),
        None => {}
    }
    board.out.raw(b"\x04");
    None
}
