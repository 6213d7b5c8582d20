//! Checks on the simulated board's recorded pin events, the evidence
//! `%expect` grades an exercise by: "GPIO2 toggled 10 times at 1 Hz ± 5%".
//! Each returns what it saw, as a sentence for the student, or why it fails.

use upy_vm::board::state::{LogEntry, PinEvent};

const NS: f64 = 1e9;

fn level_changes(log: &[LogEntry], pin: u8) -> Vec<(u64, u8)> {
    log.iter()
        .filter(|e| e.pin == pin)
        .filter_map(|e| match e.event {
            PinEvent::Level(level) => Some((e.t_ns, level)),
            _ => None,
        })
        .collect()
}

fn duties(log: &[LogEntry], pin: u8) -> Vec<(u32, f64)> {
    log.iter()
        .filter(|e| e.pin == pin)
        .filter_map(|e| match e.event {
            PinEvent::Pwm(p) => Some((p.freq_hz, p.duty_u16 as f64 / 65535.0)),
            _ => None,
        })
        .collect()
}

fn within(value: f64, want: f64, tolerance: f64) -> bool {
    (value - want).abs() <= want * tolerance
}

/// `count` level changes on `pin`, whose cycles (one change to the next
/// change the same way) last 1/`hz` within `tolerance` (0.05 for ±5%).
pub fn blink(log: &[LogEntry], pin: u8, hz: f64, count: usize, tolerance: f64) -> Result<String, String> {
    let changes = level_changes(log, pin);
    if changes.len() != count {
        return Err(format!("GPIO{pin} toggled {} times, expected {count}", changes.len()));
    }
    if changes.len() < 3 {
        return Err(format!("GPIO{pin} toggled {} times: too few to measure a frequency", changes.len()));
    }
    let periods: Vec<f64> = changes.windows(3).map(|w| (w[2].0 - w[0].0) as f64 / NS).collect();
    let want = 1.0 / hz;
    if let Some((i, p)) = periods.iter().enumerate().find(|(_, p)| !within(**p, want, tolerance)) {
        return Err(format!(
            "GPIO{pin}: cycle {} lasted {p:.3} s, expected {want:.3} s ± {:.0}% ({hz} Hz)",
            i + 1,
            tolerance * 100.0
        ));
    }
    let mean = periods.iter().sum::<f64>() / periods.len() as f64;
    Ok(format!(
        "GPIO{pin} toggled {count} times at {:.2} Hz (expected {hz} Hz ± {:.0}%)",
        1.0 / mean,
        tolerance * 100.0
    ))
}

/// Exactly `count` level changes on `pin`.
pub fn toggles(log: &[LogEntry], pin: u8, count: usize) -> Result<String, String> {
    let n = level_changes(log, pin).len();
    if n == count {
        Ok(format!("GPIO{pin} changed level {count} times"))
    } else {
        Err(format!("GPIO{pin} changed level {n} times, expected {count}"))
    }
}

/// The levels `pin` changed to, in order, are `want`.
pub fn levels(log: &[LogEntry], pin: u8, want: &[u8]) -> Result<String, String> {
    let seen: Vec<u8> = level_changes(log, pin).into_iter().map(|(_, level)| level).collect();
    let show = |v: &[u8]| {
        if v.is_empty() {
            "no change".to_string()
        } else {
            v.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
        }
    };
    if seen == want {
        Ok(format!("GPIO{pin} went {}", show(want)))
    } else {
        Err(format!("GPIO{pin} went {}, expected {}", show(&seen), show(want)))
    }
}

/// A PWM fade on `pin` at `freq` Hz: its duty rose step by step, never
/// falling, from 10% or less to 90% or more, in at least `steps` steps.
pub fn fade(log: &[LogEntry], pin: u8, freq: u32, steps: usize, tolerance: f64) -> Result<String, String> {
    let duties = duties(log, pin);
    if duties.is_empty() {
        return Err(format!("GPIO{pin} had no PWM output"));
    }
    if let Some((f, _)) = duties.iter().find(|(f, _)| !within(*f as f64, freq as f64, tolerance)) {
        return Err(format!("GPIO{pin}'s PWM ran at {f} Hz, expected {freq} Hz"));
    }
    // The longest run of duties that never falls.
    let (mut best, mut start) = ((0, 0), 0);
    for i in 1..=duties.len() {
        if i == duties.len() || duties[i].1 < duties[i - 1].1 {
            if i - start > best.1 - best.0 {
                best = (start, i);
            }
            start = i;
        }
    }
    let run = &duties[best.0..best.1];
    let (low, high) = (run[0].1, run[run.len() - 1].1);
    let distinct = run.windows(2).filter(|w| w[1].1 > w[0].1).count() + 1;
    if low > 0.10 || high < 0.90 {
        return Err(format!(
            "GPIO{pin}'s duty rose from {:.0}% to {:.0}% at most; expected from 10% or less to 90% or more",
            low * 100.0,
            high * 100.0
        ));
    }
    if distinct < steps {
        return Err(format!("GPIO{pin}'s duty rose in {distinct} steps, expected at least {steps}"));
    }
    Ok(format!("GPIO{pin} faded from {:.0}% to {:.0}% in {distinct} steps at {freq} Hz", low * 100.0, high * 100.0))
}

/// `a` and `b` both toggled during the same time: their first-to-last
/// change spans overlap by at least half the shorter one (tasks that ran
/// side by side, not one after the other).
pub fn overlap(log: &[LogEntry], a: u8, b: u8) -> Result<String, String> {
    let span = |pin: u8| -> Result<(u64, u64), String> {
        let changes = level_changes(log, pin);
        match (changes.first(), changes.last()) {
            (Some(first), Some(last)) if changes.len() >= 2 => Ok((first.0, last.0)),
            _ => Err(format!("GPIO{pin} toggled {} times, too few to tell when it ran", changes.len())),
        }
    };
    let (sa, sb) = (span(a)?, span(b)?);
    let shared = sa.1.min(sb.1).saturating_sub(sa.0.max(sb.0)) as f64;
    let shorter = (sa.1 - sa.0).min(sb.1 - sb.0) as f64;
    if shared >= shorter / 2.0 && shorter > 0.0 {
        Ok(format!("GPIO{a} and GPIO{b} toggled side by side for {:.2} s", shared / NS))
    } else {
        Err(format!(
            "GPIO{a} ({:.2}–{:.2} s) and GPIO{b} ({:.2}–{:.2} s) did not toggle at the same time",
            sa.0 as f64 / NS,
            sa.1 as f64 / NS,
            sb.0 as f64 / NS,
            sb.1 as f64 / NS
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use upy_vm::board::state::Pwm;

    fn square(pin: u8, half_period_ms: u64, changes: usize, start_ms: u64) -> Vec<LogEntry> {
        (0..changes)
            .map(|i| LogEntry {
                t_ns: (start_ms + i as u64 * half_period_ms) * 1_000_000,
                pin,
                event: PinEvent::Level(((i + 1) % 2) as u8),
            })
            .collect()
    }

    #[test]
    fn a_one_hertz_blink_passes_and_a_fast_one_fails() {
        assert!(blink(&square(2, 500, 10, 0), 2, 1.0, 10, 0.05).unwrap().contains("10 times at 1.00 Hz"));
        let fast = blink(&square(2, 400, 10, 0), 2, 1.0, 10, 0.05).unwrap_err();
        assert!(fast.contains("lasted 0.800 s"), "{fast}");
        assert!(blink(&square(2, 500, 8, 0), 2, 1.0, 10, 0.05).unwrap_err().contains("toggled 8 times"));
        // Within 5%: 1.04 s cycles pass.
        assert!(blink(&square(2, 520, 10, 0), 2, 1.0, 10, 0.05).is_ok());
    }

    #[test]
    fn uneven_duty_cycles_keep_their_frequency() {
        let mut log = vec![];
        for i in 0..5u64 {
            log.push(LogEntry { t_ns: i * 1_000_000_000, pin: 2, event: PinEvent::Level(1) });
            log.push(LogEntry { t_ns: i * 1_000_000_000 + 200_000_000, pin: 2, event: PinEvent::Level(0) });
        }
        assert!(blink(&log, 2, 1.0, 10, 0.05).is_ok());
    }

    #[test]
    fn levels_and_toggles_read_one_pin_only() {
        let mut log = square(2, 10, 3, 0);
        log.extend(square(4, 10, 5, 0));
        assert!(toggles(&log, 2, 3).is_ok());
        assert!(toggles(&log, 4, 3).unwrap_err().contains("5 times"));
        assert!(levels(&log, 2, &[1, 0, 1]).is_ok());
        assert_eq!(levels(&log, 5, &[1]).unwrap_err(), "GPIO5 went no change, expected 1");
    }

    #[test]
    fn a_fade_must_rise_across_the_range_in_steps() {
        let pwm = |duty: f64, freq: u32| LogEntry {
            t_ns: 0,
            pin: 2,
            event: PinEvent::Pwm(Pwm { freq_hz: freq, duty_u16: (duty * 65535.0) as u16 }),
        };
        let up: Vec<LogEntry> = (0..=20).map(|i| pwm(i as f64 / 20.0, 1000)).collect();
        assert!(fade(&up, 2, 1000, 10, 0.05).unwrap().contains("0% to 100% in 21 steps"));
        assert!(fade(&up, 2, 500, 10, 0.05).unwrap_err().contains("1000 Hz"));
        let half: Vec<LogEntry> = (0..=10).map(|i| pwm(i as f64 / 20.0, 1000)).collect();
        assert!(fade(&half, 2, 1000, 5, 0.05).unwrap_err().contains("to 50%"));
        let coarse = vec![pwm(0.0, 1000), pwm(1.0, 1000)];
        assert!(fade(&coarse, 2, 1000, 10, 0.05).unwrap_err().contains("2 steps"));
        // Down again after the rise (a breathing LED) still shows the rise.
        let mut breathe = up.clone();
        breathe.extend((0..=20).rev().map(|i| pwm(i as f64 / 20.0, 1000)));
        assert!(fade(&breathe, 2, 1000, 10, 0.05).is_ok());
    }

    #[test]
    fn tasks_side_by_side_overlap_and_one_after_the_other_do_not() {
        let mut together = square(2, 250, 20, 0);
        together.extend(square(4, 500, 10, 0));
        assert!(overlap(&together, 2, 4).is_ok());
        let mut apart = square(2, 250, 20, 0);
        apart.extend(square(4, 500, 10, 6000));
        assert!(overlap(&apart, 2, 4).unwrap_err().contains("did not toggle at the same time"));
    }
}
