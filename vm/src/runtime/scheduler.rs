//! Callbacks that run on the VM's clock: timers (one-shot and periodic),
//! and calls queued by interrupt-like events (pin IRQs,
//! `micropython.schedule`). They run between bytecodes, at the same
//! safepoints that check for Ctrl-C, and during sleeps — so a program that
//! sleeps while a Timer blinks an LED sees both, in real or virtual time.

use super::error::{ExcKind, PyResult};
use super::value::Value;
use super::vm::Vm;

#[derive(Clone, Debug)]
pub struct Timer {
    pub id: u64,
    pub at_ns: u64,
    pub period_ns: Option<u64>,
    pub callback: Value,
    pub arg: Value,
}

#[derive(Default)]
pub struct Scheduler {
    timers: Vec<Timer>,
    queued: std::collections::VecDeque<(Value, Value)>,
    next_id: u64,
    /// Set while a callback runs: callbacks do not nest.
    running: bool,
}

impl Scheduler {
    pub fn is_idle(&self) -> bool {
        self.timers.is_empty() && self.queued.is_empty()
    }
    pub fn next_deadline(&self) -> Option<u64> {
        self.timers.iter().map(|t| t.at_ns).min()
    }
    pub fn trace(&self, out: &mut Vec<super::heap::ObjRef>) {
        let vals =
            self.timers.iter().flat_map(|t| [t.callback, t.arg]).chain(self.queued.iter().flat_map(|&(a, b)| [a, b]));
        for v in vals {
            if let Value::Obj(r) = v {
                out.push(r);
            }
        }
    }
}

impl Vm {
    /// Call `callback(arg)` at `at_ns` on the VM clock, then every
    /// `period_ns` if given. Returns an id for `cancel_timer`.
    pub fn add_timer(&mut self, at_ns: u64, period_ns: Option<u64>, callback: Value, arg: Value) -> u64 {
        let s = &mut self.scheduler;
        s.next_id += 1;
        let id = s.next_id;
        s.timers.push(Timer { id, at_ns, period_ns: period_ns.filter(|&p| p > 0), callback, arg });
        id
    }

    pub fn cancel_timer(&mut self, id: u64) {
        self.scheduler.timers.retain(|t| t.id != id);
    }

    /// Queue `callback(arg)` to run at the next safepoint.
    pub fn schedule_call(&mut self, callback: Value, arg: Value) -> bool {
        if self.scheduler.queued.len() >= 64 {
            return false;
        }
        self.scheduler.queued.push_back((callback, arg));
        true
    }

    /// Run queued calls and every timer that is due now.
    pub fn run_due(&mut self) -> PyResult<()> {
        if self.scheduler.running || self.scheduler.is_idle() {
            return Ok(());
        }
        self.scheduler.running = true;
        let r = self.run_due_inner();
        self.scheduler.running = false;
        r
    }

    fn run_due_inner(&mut self) -> PyResult<()> {
        // Only the calls queued now: one that schedules itself again runs
        // at the next safepoint, not in a loop that starves the program.
        for _ in 0..self.scheduler.queued.len() {
            let Some((cb, arg)) = self.scheduler.queued.pop_front() else { break };
            self.run_callback(cb, arg, "scheduled function")?;
        }
        loop {
            let now = self.clock.now_ns();
            let due = self
                .scheduler
                .timers
                .iter()
                .enumerate()
                .filter(|(_, t)| t.at_ns <= now)
                .min_by_key(|(_, t)| t.at_ns)
                .map(|(i, _)| i);
            let Some(i) = due else { return Ok(()) };
            let t = self.scheduler.timers[i].clone();
            match t.period_ns {
                Some(p) => self.scheduler.timers[i].at_ns = t.at_ns + p,
                None => {
                    self.scheduler.timers.remove(i);
                }
            }
            self.run_callback(t.callback, t.arg, "timer callback")?;
            if self.io.interrupt.is_set() {
                return Ok(());
            }
        }
    }

    /// Run one callback. Like MicroPython, an exception in a callback is
    /// printed and the program goes on — except Ctrl-C, which stops it, and
    /// SystemExit, which is how a reset (the watchdog's) ends the program.
    fn run_callback(&mut self, cb: Value, arg: Value, what: &str) -> PyResult<()> {
        match self.call(cb, &[arg]) {
            Ok(_) => Ok(()),
            Err(e)
                if self.exc_class_is(e.0, ExcKind::KeyboardInterrupt)
                    || self.exc_class_is(e.0, ExcKind::SystemExit) =>
            {
                Err(e)
            }
            Err(e) => {
                let text = format!("Unhandled exception in {what}\n{}", self.format_exception(e.0));
                self.io.write(crate::target::Stream::Stderr, &text);
                Ok(())
            }
        }
    }

    /// Sleep `ns` on the VM clock: interruptible, and running timers and
    /// queued callbacks as their time comes. In virtual time the clock jumps
    /// from deadline to deadline.
    pub fn sleep_ns(&mut self, ns: u64) -> PyResult<()> {
        let end = self.clock.now_ns().saturating_add(ns);
        loop {
            self.run_due()?;
            let now = self.clock.now_ns();
            if now >= end {
                break;
            }
            let mut until = self.scheduler.next_deadline().map(|d| d.clamp(now, end)).unwrap_or(end);
            if !self.scheduler.queued.is_empty() {
                // A callback that keeps scheduling itself runs again and
                // again through the sleep, as on a board.
                until = until.min(now + 100_000);
            }
            let interrupt = self.io.interrupt.clone();
            if !self.clock.sleep(until - now, || interrupt.is_set()) {
                self.io.interrupt.clear();
                return Err(self.err(ExcKind::KeyboardInterrupt, ""));
            }
        }
        self.run_due()
    }
}
