//! The friendly REPL: banner, `>>> ` prompt, continuation lines, paste mode
//! (Ctrl-E), and the control keys that switch REPL or soft-reset.

use upy_vm::target::Target;

use super::console::{run_program, traceback_text};
use super::continuation::needs_more;
use super::files::BoardFiles;
use super::line_editor::LineEnd;
use super::{normalise_newlines, Board, ReplExit};

pub(crate) fn friendly_repl<T: Target + BoardFiles>(board: &mut Board<T>) -> ReplExit {
    let banner = board.options.banner();
    board.out.text(&banner);
    'prompt: loop {
        let mut line: Vec<u8> = Vec::new();
        match board.read_line(">>> ", &mut line) {
            LineEnd::Closed => return ReplExit::Stopped,
            LineEnd::CtrlA => {
                board.out.text("\r\n");
                return ReplExit::ToRaw;
            }
            LineEnd::CtrlB => {
                board.out.text("\r\n");
                board.out.text(&banner);
                continue;
            }
            LineEnd::CtrlC => {
                board.out.text("\r\n");
                continue;
            }
            LineEnd::CtrlD => {
                board.out.text("\r\n");
                return ReplExit::SoftReset;
            }
            LineEnd::CtrlE => match paste_mode(board) {
                Some(code) => {
                    if let Some(exit) = execute(board, &code, false) {
                        return exit;
                    }
                    continue;
                }
                None if board.shared.stopping() => return ReplExit::Stopped,
                None => continue,
            },
            LineEnd::Line if line.is_empty() => continue,
            LineEnd::Line => {}
        }
        // Continuation lines accumulate in the same buffer, as on the board
        // (auto-indent looks back at them).
        while needs_more(&String::from_utf8_lossy(&line)) {
            line.push(b'\n');
            match board.read_line("... ", &mut line) {
                LineEnd::Line => {}
                LineEnd::CtrlC => {
                    board.out.text("\r\n");
                    continue 'prompt;
                }
                LineEnd::CtrlD => break,
                LineEnd::Closed => return ReplExit::Stopped,
                _ => {}
            }
        }
        let code = String::from_utf8_lossy(&line).into_owned();
        if let Some(exit) = execute(board, &code, true) {
            return exit;
        }
    }
}

/// Ctrl-E: everything up to Ctrl-D is one program, echoed with `=== `
/// before each line. `None` when cancelled with Ctrl-C.
fn paste_mode<T: Target + BoardFiles>(board: &mut Board<T>) -> Option<String> {
    board.out.text("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    let mut code = Vec::new();
    loop {
        let c = board.next_byte().ok()?;
        match c {
            0x03 => {
                board.out.text("\r\n");
                return None;
            }
            0x04 => {
                board.out.text("\r\n");
                return Some(String::from_utf8_lossy(&code).into_owned());
            }
            b'\r' => {
                code.push(c);
                board.out.text("\r\n=== ");
            }
            _ => {
                code.push(c);
                board.out.raw(&[c]);
            }
        }
    }
}

/// Run REPL input; echo a statement's value (single-input mode) or print
/// the exception. `SystemExit` soft-resets the board, as on MicroPython.
fn execute<T: Target>(board: &mut Board<T>, code: &str, single: bool) -> Option<ReplExit> {
    let code = normalise_newlines(code);
    let ran = run_program(&mut board.target, &code, single, &mut board.out, &mut board.input, &board.shared);
    if let Some(value) = ran.result {
        board.out.cooked(&value);
        board.out.cooked("\n");
    }
    match ran.error {
        Some(e) if e.ename == "SystemExit" => Some(ReplExit::SoftReset),
        Some(e) => {
            board.out.text(&traceback_text(&e));
            None
        }
        None => None,
    }
}

impl<T: Target + BoardFiles> Board<T> {
    pub(crate) fn read_line(&mut self, prompt: &str, buf: &mut Vec<u8>) -> LineEnd {
        let (input, target) = (&mut self.input, &mut self.target);
        let mut next = || input.next_serving(target).ok();
        self.readline.read(&mut next, &mut self.out, prompt, buf)
    }
}
