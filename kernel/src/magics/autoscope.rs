use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};

pub struct AutoScope;

impl Magic for AutoScope {
    fn name(&self) -> &'static str {
        "autoscope"
    }
    fn summary(&self) -> &'static str {
        "show the waveform after cells that toggle pins (on|off)"
    }
    fn usage(&self) -> &'static str {
        "%autoscope [on|off]\n\nWhen on (the default), a cell whose code changed pin levels more than once (a\nblinking LED) is followed by its timing diagram, as %scope draws it. Without an\nargument, show the current setting."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        match args.trim() {
            "" => {}
            "on" => ctx.settings.autoscope = true,
            "off" => ctx.settings.autoscope = false,
            other => return usage_error(self, &format!("expected on or off, not {other:?}")),
        }
        ctx.out.print(if ctx.settings.autoscope { "Autoscope is on.\n" } else { "Autoscope is off.\n" });
        ok()
    }
}
