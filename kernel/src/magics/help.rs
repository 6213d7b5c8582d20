use upy_vm::target::RunOutcome;

use super::{all, find, ok, usage_error, Context, Magic};

pub struct Help;

impl Magic for Help {
    fn name(&self) -> &'static str {
        "help"
    }
    fn summary(&self) -> &'static str {
        "list the notebook commands, or show one's usage"
    }
    fn usage(&self) -> &'static str {
        "%help [NAME]\n\nWithout NAME, list every %command. With NAME (`%help time`), show its usage.\n`name?` in a cell shows the documentation of a Python name."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let name = args.trim().trim_start_matches('%');
        if name.is_empty() {
            let width = all().iter().map(|m| m.name().len()).max().unwrap_or(0);
            let mut text = String::from("Notebook commands (%help NAME for details):\n");
            for magic in all() {
                let form = if magic.has_cell_form() { "%/%%" } else { "%" };
                let also: String = magic.aliases().iter().map(|a| format!(" (also %{a})")).collect();
                text.push_str(&format!("  {form:>4}{:<width$}  {}{also}\n", magic.name(), magic.summary()));
            }
            // Where the next cell goes is the first thing to know with a board.
            text.push_str(&format!("\nCells run on {}.\n", ctx.target().describe()));
            ctx.out.print(&text);
            return ok();
        }
        match find(name) {
            Some(magic) => {
                ctx.out.print(&format!("{}\n", magic.usage()));
                ok()
            }
            None => usage_error(self, &format!("no command named %{name}")),
        }
    }
}
