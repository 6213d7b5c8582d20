use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};

pub struct SoftReset;

impl Magic for SoftReset {
    fn name(&self) -> &'static str {
        "softreset"
    }
    fn aliases(&self) -> &'static [&'static str] {
        &["reset"]
    }
    fn summary(&self) -> &'static str {
        "soft reset (Ctrl-D) of the current board: globals gone, files stay"
    }
    fn usage(&self) -> &'static str {
        "%softreset  (or %reset)\n\nSoft-reset the board cells run on, as Ctrl-D does at the MicroPython REPL: on a\nconnected board its interpreter restarts (running boot.py, not main.py); on the\nsimulated board globals, pins, timers and peripherals return to their power-on\nstate. Files stay."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%softreset takes no arguments");
        }
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
}
