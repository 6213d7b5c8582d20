use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};

pub struct Disconnect;

impl Magic for Disconnect {
    fn name(&self) -> &'static str {
        "disconnect"
    }
    fn summary(&self) -> &'static str {
        "close the board's port; cells run on the simulated board again"
    }
    fn usage(&self) -> &'static str {
        "%disconnect\n\nClose the serial port of the board connected with %connect, leaving the board in\nits normal REPL (a terminal or mpremote can use it now), and run the following\ncells on the simulated board, whose globals are as they were left."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%disconnect takes no arguments");
        }
        let text = match ctx.targets.disconnect() {
            Some(board) => format!("Disconnected from {board}. Cells run on {} again.\n", ctx.target().describe()),
            None => format!("No board was connected; cells run on {}.\n", ctx.target().describe()),
        };
        ctx.out.print(&text);
        ok()
    }
}
