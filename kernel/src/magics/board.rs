use upy_vm::target::RunOutcome;

use super::{ok, usage_error, words, Context, Magic};

pub struct Board;

impl Magic for Board {
    fn name(&self) -> &'static str {
        "board"
    }
    fn summary(&self) -> &'static str {
        "show or switch the simulated board (esp32, rp2, generic)"
    }
    fn usage(&self) -> &'static str {
        "%board [esp32|rp2|generic]\n\nWithout an argument, show the board this kernel runs on. With one, switch to a\nfresh simulated board of that kind: the session starts over (globals, pins,\nfiles are gone)."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let words = words(args);
        match words.as_slice() {
            [] => {
                let text = format!("{}\n", ctx.target.describe());
                ctx.out.print(&text);
                ok()
            }
            [name] => {
                let known = ctx.factory.board_names();
                if !known.iter().any(|k| k == name) {
                    return usage_error(
                        self,
                        &format!("unknown board {name:?} (choose from {})", known.join(", ")),
                    );
                }
                let virtual_time = ctx.target.simulator().map(|s| s.virtual_time());
                match ctx.factory.board(name) {
                    Ok(target) => {
                        *ctx.target = target;
                        // Virtual time is a notebook setting: it carries over.
                        if let (Some(on), Some(simulator)) = (virtual_time, ctx.target.simulator())
                        {
                            simulator.set_virtual_time(on);
                        }
                        let text = format!("Now on {} (fresh session)\n", ctx.target.describe());
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
