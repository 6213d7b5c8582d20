use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};

pub struct Reset;

impl Magic for Reset {
    fn name(&self) -> &'static str {
        "reset"
    }
    fn summary(&self) -> &'static str {
        "soft reset: fresh globals, board state cleared"
    }
    fn usage(&self) -> &'static str {
        "%reset\n\nSoft-reset the board, as Ctrl-D does at the MicroPython REPL: all globals are\ngone and pins, timers and peripherals return to their power-on state. Files on\nthe board's filesystem stay. The same as %softreset."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%reset takes no arguments");
        }
        soft_reset(ctx)
    }
}

/// Soft-reset whichever board cells run on: the simulated one or a real one
/// (Ctrl-D in its raw REPL).
pub fn soft_reset(ctx: &mut Context<'_>) -> RunOutcome {
    // Virtual time is a notebook setting, not board state: the simulated
    // board keeps it across resets itself.
    match ctx.target().reset() {
        Ok(()) => {
            ctx.out.print("Soft reset done.\n");
            ok()
        }
        Err(error) => RunOutcome::Error(error),
    }
}
