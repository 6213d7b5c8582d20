//! One thread that interrupts a run past its time limit (the VM checks the
//! flag at backward jumps and calls), stops it past twice the limit (for a
//! program that swallows `KeyboardInterrupt`: no handler catches a stop),
//! and gives up on the whole process when a run goes on for much longer
//! still: that is a hang, a finding like a panic.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use upy_vm::target::Interrupt;

struct Armed {
    since: Instant,
    interrupt: Interrupt,
    fired: bool,
    stopped: bool,
}

#[derive(Clone)]
pub struct Watchdog {
    slot: Arc<Mutex<Option<Armed>>>,
}

impl Watchdog {
    /// `on_hang` runs on the watchdog's thread when a run has gone on for
    /// `hang` despite the interrupt; it should not return.
    pub fn start(limit: Duration, hang: Duration, on_hang: impl Fn(Duration) + Send + 'static) -> Watchdog {
        let slot: Arc<Mutex<Option<Armed>>> = Arc::new(Mutex::new(None));
        let watched = slot.clone();
        let tick = (limit / 4).clamp(Duration::from_millis(1), Duration::from_millis(20));
        std::thread::Builder::new()
            .name("upy-fuzz-watchdog".into())
            .spawn(move || loop {
                std::thread::sleep(tick);
                let mut armed = watched.lock().unwrap_or_else(|p| p.into_inner());
                let Some(a) = armed.as_mut() else { continue };
                let took = a.since.elapsed();
                if took >= hang {
                    on_hang(took);
                } else if took >= limit * 2 && !a.stopped {
                    a.interrupt.stop();
                    a.stopped = true;
                } else if took >= limit && !a.fired {
                    a.interrupt.trigger();
                    a.fired = true;
                }
            })
            .expect("the watchdog thread starts");
        Watchdog { slot }
    }

    pub fn arm(&self, interrupt: &Interrupt) {
        let armed = Armed { since: Instant::now(), interrupt: interrupt.clone(), fired: false, stopped: false };
        *self.slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(armed);
    }

    /// Disarm; true if the run was interrupted for its time.
    pub fn disarm(&self) -> bool {
        self.slot.lock().unwrap_or_else(|p| p.into_inner()).take().is_some_and(|a| a.fired)
    }
}
