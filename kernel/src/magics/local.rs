use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};
use crate::targets::Place;

pub struct Local;

impl Magic for Local {
    fn name(&self) -> &'static str {
        "local"
    }
    fn summary(&self) -> &'static str {
        "run cells on the simulated board again; %%local: just this cell"
    }
    fn usage(&self) -> &'static str {
        "%local\n%%local\n\nRun the following cells on the simulated board again, with the globals it had.\nA board connected with %connect stays connected: %connect (without PORT) returns\nto it, and %%board runs one cell on it. As a cell magic, %%local runs the rest\nof the cell once on the simulated board and leaves the next cells on the board."
    }
    fn has_cell_form(&self) -> bool {
        true
    }
    fn body_is_cell(&self) -> bool {
        true
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%local takes no arguments");
        }
        if let Some(body) = body {
            // The body starts on the cell's second line.
            return ctx.run_cell_on(Place::Local, &format!("\n{body}"));
        }
        ctx.targets.set_place(Place::Local);
        let text = format!("Cells run on {}.\n", ctx.target().describe());
        ctx.out.print(&text);
        ok()
    }
}
