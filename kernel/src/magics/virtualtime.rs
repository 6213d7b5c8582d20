use upy_vm::target::RunOutcome;

use super::{ok, usage_error, Context, Magic};

pub struct VirtualTime;

impl Magic for VirtualTime {
    fn name(&self) -> &'static str {
        "virtualtime"
    }
    fn summary(&self) -> &'static str {
        "make time.sleep advance the board clock instantly (on|off)"
    }
    fn usage(&self) -> &'static str {
        "%virtualtime [on|off]\n\nWith virtual time on, `time.sleep` and friends advance the simulated board's\nclock without waiting, so a blink loop of many seconds finishes at once and its\nwaveform (%scope) still shows the real timing. Without an argument, show the\ncurrent setting."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let simulator = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator,
            Err(error) => return RunOutcome::Error(error),
        };
        let on = match args.trim() {
            "" => simulator.virtual_time(),
            "on" => {
                simulator.set_virtual_time(true);
                true
            }
            "off" => {
                simulator.set_virtual_time(false);
                false
            }
            other => return usage_error(self, &format!("expected on or off, not {other:?}")),
        };
        ctx.out.print(if on { "Virtual time is on.\n" } else { "Virtual time is off.\n" });
        ok()
    }
}
