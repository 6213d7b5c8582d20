use upy_vm::target::{OutputSink, RunOutcome};

use super::{ok, usage_error, words, Context, Magic};

pub struct Scope;

impl Magic for Scope {
    fn name(&self) -> &'static str {
        "scope"
    }
    fn summary(&self) -> &'static str {
        "plot pin level changes of the last run as a timing diagram"
    }
    fn usage(&self) -> &'static str {
        "%scope [PIN ...]\n\nPlot the level changes logged on the given pins (all logged pins if none are\ngiven) during the last run, against board time, like a logic analyser."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let pins = words(args);
        let picture = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator.scope_picture(&pins),
            Err(error) => return RunOutcome::Error(error),
        };
        match picture {
            Ok(bundle) => {
                ctx.out.display(bundle);
                ok()
            }
            Err(message) => usage_error(self, &message),
        }
    }
}
