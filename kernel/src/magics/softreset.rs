use upy_vm::target::RunOutcome;

use super::reset::soft_reset;
use super::{usage_error, Context, Magic};

pub struct SoftReset;

impl Magic for SoftReset {
    fn name(&self) -> &'static str {
        "softreset"
    }
    fn summary(&self) -> &'static str {
        "soft reset (Ctrl-D) of the current board: globals gone, files stay"
    }
    fn usage(&self) -> &'static str {
        "%softreset\n\nSoft-reset the board cells run on, as Ctrl-D does at the MicroPython REPL: on a\nconnected board its interpreter restarts (running boot.py, not main.py); on the\nsimulated board globals and pin states start over. Files stay. Same as %reset."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%softreset takes no arguments");
        }
        soft_reset(ctx)
    }
}
