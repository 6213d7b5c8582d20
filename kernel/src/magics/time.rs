use std::time::{Duration, Instant};

use upy_vm::target::RunOutcome;

use super::{usage_error, Context, Magic};

pub struct Time;

impl Magic for Time {
    fn name(&self) -> &'static str {
        "time"
    }
    fn summary(&self) -> &'static str {
        "run code and report wall-clock and board time"
    }
    fn usage(&self) -> &'static str {
        "%time STATEMENT\n%%time\n\nRun the statement (or, as %%time, the rest of the cell) and print how long it\ntook: wall-clock time on this computer, and board time on the simulated board's\nclock (which `time.sleep` advances instantly under %virtualtime on)."
    }
    fn has_cell_form(&self) -> bool {
        true
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, body: Option<&str>) -> RunOutcome {
        let code = body.unwrap_or(args);
        if code.trim().is_empty() {
            return usage_error(self, "nothing to time");
        }
        // The cell form's code starts on the cell's second line.
        let code = match body {
            Some(body) => format!("\n{body}"),
            None => code.to_string(),
        };
        let board_before = ctx.target().simulator().map(|s| s.clock_us());
        let started = Instant::now();
        let outcome = ctx.run_code(&code, true);
        let wall = started.elapsed();
        let mut report = format!("Wall time: {}\n", format_duration(wall));
        if let (Some(before), Some(after)) = (board_before, ctx.target().simulator().map(|s| s.clock_us())) {
            report.push_str(&format!(
                "Board time: {}\n",
                format_duration(Duration::from_micros(after.saturating_sub(before)))
            ));
        }
        ctx.out.print(&report);
        outcome
    }
}

/// `812 µs`, `12.3 ms`, `2.50 s`: three significant figures, readable units.
pub fn format_duration(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 1000.0 {
        format!("{us:.0} µs")
    } else if us < 1e6 {
        let ms = us / 1000.0;
        if ms < 10.0 {
            format!("{ms:.2} ms")
        } else if ms < 100.0 {
            format!("{ms:.1} ms")
        } else {
            format!("{ms:.0} ms")
        }
    } else {
        format!("{:.2} s", us / 1e6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_durations_readably() {
        assert_eq!(format_duration(Duration::from_micros(812)), "812 µs");
        assert_eq!(format_duration(Duration::from_micros(1_234)), "1.23 ms");
        assert_eq!(format_duration(Duration::from_micros(12_345)), "12.3 ms");
        assert_eq!(format_duration(Duration::from_micros(123_456)), "123 ms");
        assert_eq!(format_duration(Duration::from_millis(2_500)), "2.50 s");
    }
}
