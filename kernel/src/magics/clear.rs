use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};

pub struct Clear;

impl Magic for Clear {
    fn name(&self) -> &'static str {
        "clear"
    }
    fn summary(&self) -> &'static str {
        "clear this cell's output so far"
    }
    fn usage(&self) -> &'static str {
        "%clear\n\nClear the output this cell has shown so far; output after the %clear line\nstays."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%clear takes no arguments");
        }
        ctx.out.clear(false);
        ok()
    }
}
