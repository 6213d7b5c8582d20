use upy_vm::target::{ErrorInfo, RunOutcome};

use super::{ok, usage_error, words, Context, Magic};
use crate::targets::Place;

pub struct Board;

impl Magic for Board {
    fn name(&self) -> &'static str {
        "board"
    }
    fn summary(&self) -> &'static str {
        "show or switch the simulated board; %%board: one cell on the connected board"
    }
    fn usage(&self) -> &'static str {
        "%board [esp32|rp2|generic]\n%%board\n\nWithout an argument, show the board this kernel runs on. With one, switch to a\nfresh simulated board of that kind: the session starts over (globals, pins,\nfiles are gone), and cells run on it even if a real board is connected.\n\nAs a cell magic, %%board runs the rest of the cell once on the board connected\nwith %connect, while the other cells keep running where they do."
    }
    fn has_cell_form(&self) -> bool {
        true
    }
    fn body_is_cell(&self) -> bool {
        true
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, body: Option<&str>) -> RunOutcome {
        if let Some(body) = body {
            if !args.trim().is_empty() {
                return usage_error(self, "%%board takes no arguments");
            }
            if ctx.targets.board().is_none() {
                return RunOutcome::Error(ErrorInfo::new(
                    "UsageError",
                    "no board is connected: %connect PORT first (%ports lists the ports)",
                ));
            }
            // The body starts on the cell's second line.
            return ctx.run_cell_on(Place::Board, &format!("\n{body}"));
        }
        let words = words(args);
        match words.as_slice() {
            [] => {
                let text = format!("{}\n", ctx.target().describe());
                ctx.out.print(&text);
                ok()
            }
            [name] => {
                let local = ctx.targets.local();
                let virtual_time = local.simulator().map(|s| s.virtual_time());
                match ctx.factory.board(name) {
                    Ok(target) => {
                        *local = target;
                        // Virtual time is a notebook setting: it carries over.
                        if let (Some(on), Some(simulator)) = (virtual_time, local.simulator()) {
                            simulator.set_virtual_time(on);
                        }
                        let text = format!("Now on {} (fresh session)\n", local.describe());
                        ctx.targets.set_place(Place::Local);
                        ctx.out.print(&text);
                        ok()
                    }
                    Err(message) => usage_error(self, &message),
                }
            }
            _ => usage_error(self, "expected one board name"),
        }
    }
}
