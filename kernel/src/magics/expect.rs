use std::collections::HashMap;

use upy_vm::target::{ErrorInfo, RunOutcome};

use super::waveform_checks as checks;
use super::{ok, usage_error, words, Context, Magic};

pub struct Expect;

impl Magic for Expect {
    fn name(&self) -> &'static str {
        "expect"
    }
    fn summary(&self) -> &'static str {
        "check the last run's pin waveforms (exercises, grading)"
    }
    fn usage(&self) -> &'static str {
        "%expect CHECK PIN ...\n\n\
Check what the pins did during the last run (the code cell before, and the\n\
code and magics of this cell), as %scope plots it. A passing check prints\n\
what it saw; a failing one is an AssertionError saying why, so a check cell\n\
fails in nbgrader and in lab/grade.py.\n\n\
  %expect blink PIN --hz F --toggles N [--tolerance 5%]\n\
        N level changes, each cycle lasting 1/F seconds within the tolerance\n\
  %expect toggles PIN N          exactly N level changes\n\
  %expect levels PIN 1,0,1       the levels the pin changed to, in order\n\
  %expect fade PIN --freq F [--steps N] [--tolerance 5%]\n\
        PWM duty rising from 10% or less to 90% or more in at least N steps (10)\n\
  %expect overlap PIN PIN        both pins toggled at the same time (concurrent tasks)"
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let (positional, options) = match parse(&words(args)) {
            Ok(parsed) => parsed,
            Err(message) => return usage_error(self, &message),
        };
        let log = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator.last_run_log(),
            Err(error) => return RunOutcome::Error(error),
        };
        let result = match check(&positional, &options, &log) {
            Ok(result) => result,
            Err(message) => return usage_error(self, &message),
        };
        match result {
            Ok(seen) => {
                ctx.out.print(&format!("✓ {seen}\n"));
                ok()
            }
            Err(why) => RunOutcome::Error(ErrorInfo::new("AssertionError", why)),
        }
    }
}

type Options = HashMap<String, String>;

fn parse(words: &[String]) -> Result<(Vec<String>, Options), String> {
    let mut positional = vec![];
    let mut options = HashMap::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        match w.strip_prefix("--") {
            Some(name) => {
                let value = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
                options.insert(name.to_string(), value.clone());
            }
            None => positional.push(w.clone()),
        }
    }
    Ok((positional, options))
}

/// Ok(the check's own result) or Err(a usage problem).
fn check(
    positional: &[String],
    options: &Options,
    log: &[upy_vm::board::state::LogEntry],
) -> Result<Result<String, String>, String> {
    let kind = positional.first().map(String::as_str).ok_or("which check? blink, toggles, levels, fade or overlap")?;
    let pin = |i: usize| -> Result<u8, String> {
        let text = positional.get(i).ok_or("which pin?")?;
        pin_number(text).ok_or_else(|| format!("{text:?} is not a pin number"))
    };
    let number = |name: &str| -> Result<Option<f64>, String> {
        options
            .get(name)
            .map(|v| v.trim_end_matches('%').parse::<f64>().map_err(|_| format!("--{name} {v}: not a number")))
            .transpose()
    };
    let tolerance = number("tolerance")?.unwrap_or(5.0) / 100.0;
    Ok(match kind {
        "blink" => {
            let hz = number("hz")?.ok_or("blink needs --hz")?;
            let count = number("toggles")?.ok_or("blink needs --toggles")? as usize;
            checks::blink(log, pin(1)?, hz, count, tolerance)
        }
        "toggles" => {
            let count = positional.get(2).and_then(|n| n.parse().ok()).ok_or("toggles needs a count")?;
            checks::toggles(log, pin(1)?, count)
        }
        "levels" => {
            let text = positional.get(2).ok_or("levels needs a sequence like 1,0,1")?;
            let want: Result<Vec<u8>, _> = text.split(',').map(|l| l.trim().parse::<u8>()).collect();
            let want = want.map_err(|_| format!("{text:?} is not a sequence of 0s and 1s"))?;
            checks::levels(log, pin(1)?, &want)
        }
        "fade" => {
            let freq = number("freq")?.ok_or("fade needs --freq")? as u32;
            let steps = number("steps")?.unwrap_or(10.0) as usize;
            checks::fade(log, pin(1)?, freq, steps, tolerance)
        }
        "overlap" => checks::overlap(log, pin(1)?, pin(2)?),
        other => return Err(format!("no check named {other:?}")),
    })
}

/// `2`, `GPIO2`, `GP2` or `D2`.
pub fn pin_number(text: &str) -> Option<u8> {
    let upper = text.to_ascii_uppercase();
    let digits = ["GPIO", "GP", "D"].iter().find_map(|p| upper.strip_prefix(p)).unwrap_or(&upper);
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_by_number_or_name() {
        assert_eq!(pin_number("2"), Some(2));
        assert_eq!(pin_number("GPIO15"), Some(15));
        assert_eq!(pin_number("gp25"), Some(25));
        assert_eq!(pin_number("led"), None);
    }

    #[test]
    fn usage_problems_are_not_check_failures() {
        let (p, o) = parse(&["blink".into(), "2".into(), "--hz".into(), "1".into()]).unwrap();
        assert_eq!(check(&p, &o, &[]).unwrap_err(), "blink needs --toggles");
        assert!(parse(&["blink".into(), "--hz".into()]).is_err());
        let (p, o) = parse(&["toggles".into(), "2".into(), "0".into()]).unwrap();
        assert!(check(&p, &o, &[]).unwrap().is_ok());
    }
}
