use upy_vm::target::{OutputSink, RunOutcome};

use super::{ok, usage_error, Context, Magic};

pub struct Pins;

impl Magic for Pins {
    fn name(&self) -> &'static str {
        "pins"
    }
    fn summary(&self) -> &'static str {
        "show the simulated board: pin levels, PWM, NeoPixels"
    }
    fn usage(&self) -> &'static str {
        "%pins\n\nShow a picture of the simulated board as it is now: each pin's level and mode,\nPWM duty cycles and NeoPixel colours."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%pins takes no arguments");
        }
        let picture = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator.pins_picture(),
            Err(error) => return RunOutcome::Error(error),
        };
        ctx.out.display(picture);
        ok()
    }
}
