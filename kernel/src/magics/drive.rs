use upy_vm::target::RunOutcome;

use super::expect::pin_number;
use super::{usage_error, words, Context, Magic};

pub struct Drive;

impl Magic for Drive {
    fn name(&self) -> &'static str {
        "drive"
    }
    fn summary(&self) -> &'static str {
        "drive an input pin from outside the program (press a button)"
    }
    fn usage(&self) -> &'static str {
        "%drive PIN 0|1|float [--hold MS]\n\n\
Drive a pin of the simulated board from outside, as a button or another\n\
chip would: 0 or 1, or float to let it go. Pin IRQ handlers the change\n\
triggers run at once; --hold then lets MS milliseconds of board time pass\n\
(free with virtual time), so timers and tasks run too.\n\n\
  %drive 0 0 --hold 50    press a button wired from GPIO0 to ground\n\
  %drive 0 float          release it (the pull-up pulls it high)"
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let words = words(args);
        let (pin, level, hold) = match parse(&words) {
            Ok(parsed) => parsed,
            Err(message) => return usage_error(self, &message),
        };
        let driven = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator.drive_pin(pin, level),
            Err(error) => return RunOutcome::Error(error),
        };
        if let Err(message) = driven {
            return usage_error(self, &message);
        }
        // Handlers are queued for the VM's next safepoint: a sleep is one.
        ctx.run_code(&format!("__import__('time').sleep_ms({hold})"), false)
    }
}

fn parse(words: &[String]) -> Result<(u8, Option<u8>, u64), String> {
    let [pin, level, rest @ ..] = words else { return Err("give a pin and a level".to_string()) };
    let pin = pin_number(pin).ok_or_else(|| format!("{pin:?} is not a pin number"))?;
    let level = match level.as_str() {
        "0" | "low" => Some(0),
        "1" | "high" => Some(1),
        "float" | "none" => None,
        other => return Err(format!("{other:?} is not 0, 1 or float")),
    };
    let hold = match rest {
        [] => 0,
        [flag, ms] if flag == "--hold" => {
            ms.parse().map_err(|_| format!("--hold {ms}: not a number of milliseconds"))?
        }
        _ => return Err(format!("unexpected {}", rest.join(" "))),
    };
    Ok((pin, level, hold))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn reads_pin_level_and_hold() {
        assert_eq!(parse(&w("0 0")), Ok((0, Some(0), 0)));
        assert_eq!(parse(&w("GPIO4 high --hold 50")), Ok((4, Some(1), 50)));
        assert_eq!(parse(&w("4 float")), Ok((4, None, 0)));
        assert!(parse(&w("4")).is_err());
        assert!(parse(&w("4 2")).is_err());
        assert!(parse(&w("4 1 --hold x")).is_err());
    }
}
