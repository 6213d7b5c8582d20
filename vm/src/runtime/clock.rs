//! The one clock every notion of time in the VM reads: `time.*`, asyncio
//! sleeps, simulated timers and pin events. Real mode sleeps for real;
//! virtual mode jumps ahead instantly, so tests that "sleep" an hour finish
//! in milliseconds and deterministically.

use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockMode {
    Real,
    Virtual,
}

#[derive(Debug)]
pub struct Clock {
    pub mode: ClockMode,
    start: Instant,
    /// Virtual nanoseconds since start (virtual mode), or an offset added to
    /// real time (never negative).
    virtual_ns: u64,
    /// Seconds since the Unix epoch at start, for `time.time()`.
    epoch_at_start: f64,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new(ClockMode::Real)
    }
}

impl Clock {
    pub fn new(mode: ClockMode) -> Clock {
        let epoch_at_start =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
        Clock { mode, start: Instant::now(), virtual_ns: 0, epoch_at_start }
    }

    /// Nanoseconds since the VM started, on this clock.
    pub fn now_ns(&self) -> u64 {
        match self.mode {
            ClockMode::Real => self.start.elapsed().as_nanos() as u64 + self.virtual_ns,
            ClockMode::Virtual => self.virtual_ns,
        }
    }

    pub fn epoch_seconds(&self) -> f64 {
        self.epoch_at_start + self.now_ns() as f64 / 1e9
    }

    /// Move virtual time forward (no effect on real time's progress).
    pub fn advance(&mut self, ns: u64) {
        if self.mode == ClockMode::Virtual {
            self.virtual_ns = self.virtual_ns.saturating_add(ns);
        }
    }

    pub fn set_mode(&mut self, mode: ClockMode) {
        if mode == self.mode {
            return;
        }
        let now = self.now_ns();
        self.mode = mode;
        match mode {
            ClockMode::Virtual => self.virtual_ns = now,
            ClockMode::Real => {
                self.start = Instant::now();
                self.virtual_ns = now;
            }
        }
    }

    /// Sleep `ns` on this clock, polling `interrupted` so a sleep is
    /// interruptible. Returns false if interrupted.
    pub fn sleep(&mut self, ns: u64, interrupted: impl Fn() -> bool) -> bool {
        match self.mode {
            ClockMode::Virtual => {
                self.virtual_ns = self.virtual_ns.saturating_add(ns);
                !interrupted()
            }
            ClockMode::Real => {
                let end = Instant::now() + Duration::from_nanos(ns);
                loop {
                    if interrupted() {
                        return false;
                    }
                    let now = Instant::now();
                    if now >= end {
                        return true;
                    }
                    std::thread::sleep((end - now).min(Duration::from_millis(10)));
                }
            }
        }
    }
}
