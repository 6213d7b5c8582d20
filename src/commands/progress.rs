//! A transfer's progress as a bar on the terminal (stderr); nothing when
//! stderr is not a terminal, so logs and pipes stay clean.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const WIDTH: usize = 30;
/// Redraws no more often than this, whatever the chunk size.
const REDRAW: Duration = Duration::from_millis(50);

pub fn progress_bar(label: impl Into<String>) -> impl FnMut(u64, u64) {
    let label: String = label.into();
    let on_terminal = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut drawn: Option<Instant> = None;
    let mut finished = false;
    move |done, total| {
        if !on_terminal || finished {
            return;
        }
        let complete = done >= total;
        if !complete && drawn.is_some_and(|at| at.elapsed() < REDRAW) {
            return;
        }
        drawn = Some(Instant::now());
        let line = bar_line(&label, done, total, started.elapsed());
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{line}");
        if complete {
            let _ = writeln!(err);
            finished = true;
        }
        let _ = err.flush();
    }
}

fn bar_line(label: &str, done: u64, total: u64, elapsed: Duration) -> String {
    let fraction = if total == 0 { 1.0 } else { (done as f64 / total as f64).min(1.0) };
    let filled = (fraction * WIDTH as f64).round() as usize;
    let rate = done as f64 / elapsed.as_secs_f64().max(1e-3) / 1024.0;
    format!(
        "{label} [{}{}] {:>3}% {}/{} bytes {rate:.0} KB/s",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        (fraction * 100.0) as u32,
        done,
        total
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn bars() {
        let line = super::bar_line("put a.py", 50, 200, std::time::Duration::from_secs(1));
        assert!(line.starts_with("put a.py [########----------------------]  25% 50/200 bytes"), "{line}");
        assert!(super::bar_line("x", 0, 0, std::time::Duration::ZERO).contains("100%"));
    }
}
