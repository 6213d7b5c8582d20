use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};
use crate::board_target::connection_error;
use crate::targets::Place;

pub struct HardReset;

impl Magic for HardReset {
    fn name(&self) -> &'static str {
        "hardreset"
    }
    fn summary(&self) -> &'static str {
        "hard reset (machine.reset()) of the current board, then reconnect"
    }
    fn usage(&self) -> &'static str {
        "%hardreset\n\nRestart the board cells run on as its reset button does, with machine.reset().\nA connected board drops off the port while it restarts; the kernel waits for\nthe port to come back (up to 10 s), stops main.py if it started, and connects\nagain. The simulated board restarts the same way: globals and pins start\nover, files stay, and machine.reset_cause() says HARD_RESET."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%hardreset takes no arguments");
        }
        if ctx.targets.place() == Place::Board {
            let Some(board) = ctx.targets.board() else {
                return usage_error(self, "no board is connected");
            };
            return match board.connection().hard_reset() {
                Ok(()) => {
                    let text = format!("Hard reset done: {} is connected again.\n", board.path());
                    ctx.out.print(&text);
                    ok()
                }
                Err(error) => RunOutcome::Error(connection_error(&error)),
            };
        }
        // The simulated board restarts when its program calls machine.reset(),
        // exactly as a real one does (keeping virtual time, a notebook setting).
        let outcome = ctx.run_code("import machine\nmachine.reset()\n", false);
        if matches!(outcome, RunOutcome::Ok { .. }) {
            ctx.out.print("Hard reset done.\n");
        }
        outcome
    }
}
