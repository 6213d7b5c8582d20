//! The per-cell CPU budget. The execution thread marks a cell's start and
//! end; a task on the kernel's async runtime wakes only while a cell runs,
//! reads the thread's CPU clock every tick, lowers the cell's priority past
//! its fair share, and interrupts it past its budget. A cell that catches
//! the interrupt and goes on is interrupted again every tick; one still
//! running at twice its budget (plus a grace second) ends the kernel, which
//! Jupyter restarts: the student loses the session, the class loses nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use upy_vm::target::{ErrorInfo, Interrupt};

use super::cpu_clock::ThreadClock;
use super::priority::{self, Lowered};

const TICK: Duration = Duration::from_millis(20);
/// CPU time after which a cell runs at the lowest priority: more than any
/// exercise's cell needs on the simulated board (virtual time sleeps free).
const FAIR_SHARE: Duration = Duration::from_millis(250);

#[derive(Clone)]
pub struct CpuBudget {
    shared: Arc<Shared>,
}

struct Shared {
    limit: Option<Duration>,
    cell: Mutex<Option<Cell>>,
    wake: Notify,
    exceeded: AtomicBool,
}

struct Cell {
    clock: ThreadClock,
    start_ns: u64,
    lowered: Option<Lowered>,
}

impl CpuBudget {
    pub fn new(limit: Option<Duration>) -> CpuBudget {
        CpuBudget {
            shared: Arc::new(Shared {
                limit,
                cell: Mutex::new(None),
                wake: Notify::new(),
                exceeded: AtomicBool::new(false),
            }),
        }
    }

    pub fn limit(&self) -> Option<Duration> {
        self.shared.limit
    }

    /// On the execution thread, as a cell starts.
    pub fn begin(&self) {
        let clock = ThreadClock::current();
        let start_ns = clock.cpu_ns();
        self.shared.exceeded.store(false, Ordering::SeqCst);
        *self.lock() = Some(Cell { clock, start_ns, lowered: None });
        self.shared.wake.notify_one();
    }

    /// On the execution thread, as the cell ends: the error to report
    /// instead of the interrupt, when the budget was what stopped it.
    pub fn end(&self) -> Option<ErrorInfo> {
        if let Some(cell) = self.lock().take() {
            if let Some(lowered) = cell.lowered {
                priority::restore(lowered);
            }
        }
        let limit = self.shared.limit?;
        self.shared.exceeded.swap(false, Ordering::SeqCst).then(|| over_budget(limit))
    }

    /// The watchdog, on the kernel's async runtime.
    pub async fn watch(self, interrupt: Interrupt) {
        loop {
            self.shared.wake.notified().await;
            while self.check(&interrupt) {
                tokio::time::sleep(TICK).await;
            }
        }
    }

    /// One tick; false once no cell is running.
    fn check(&self, interrupt: &Interrupt) -> bool {
        let mut guard = self.lock();
        let Some(cell) = guard.as_mut() else { return false };
        let used = Duration::from_nanos(cell.clock.cpu_ns().saturating_sub(cell.start_ns));
        if used > FAIR_SHARE && cell.lowered.is_none() {
            cell.lowered = cell.clock.tid().and_then(priority::lower);
        }
        if let Some(limit) = self.shared.limit {
            if used > limit {
                self.shared.exceeded.store(true, Ordering::SeqCst);
                interrupt.trigger();
            }
            if used > limit * 2 + Duration::from_secs(1) {
                crate::log(&format!(
                    "a cell went on for {:.1} s of CPU time after being interrupted at its limit of {:.1} s; \
                     ending the kernel",
                    used.as_secs_f64(),
                    limit.as_secs_f64()
                ));
                std::process::exit(1);
            }
        }
        true
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Cell>> {
        self.shared.cell.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn over_budget(limit: Duration) -> ErrorInfo {
    let message = format!(
        "the cell was stopped after {} of CPU time, the lab's limit per cell (a loop that never ends? \
         time.sleep costs no CPU with virtual time)",
        seconds(limit)
    );
    ErrorInfo::new("KeyboardInterrupt", message)
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spin_until(interrupt: &Interrupt, max: Duration) -> bool {
        let t = std::time::Instant::now();
        let mut x = 0u64;
        while t.elapsed() < max {
            x = std::hint::black_box(x.wrapping_add(1));
            if interrupt.is_set() {
                return true;
            }
        }
        false
    }

    #[test]
    fn a_cell_over_its_budget_is_interrupted_with_the_reason() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let budget = CpuBudget::new(Some(Duration::from_millis(200)));
        let interrupt = Interrupt::new();
        let watcher = budget.clone();
        let flag = interrupt.clone();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let _ = tokio::time::timeout(Duration::from_secs(20), watcher.watch(flag)).await;
            })
        });
        budget.begin();
        let interrupted = spin_until(&interrupt, Duration::from_secs(15));
        let error = budget.end();
        assert!(interrupted, "the spinning cell was never interrupted");
        let error = error.expect("the budget stopped it");
        assert_eq!(error.ename, "KeyboardInterrupt");
        assert!(error.evalue.contains("0.2 s of CPU time"), "{}", error.evalue);
        // The next cell starts with a clean slate.
        interrupt.clear();
        budget.begin();
        std::thread::sleep(Duration::from_millis(100));
        assert!(budget.end().is_none());
        assert!(!interrupt.is_set());
        drop(thread);
    }

    #[test]
    fn no_limit_means_no_error() {
        let budget = CpuBudget::new(None);
        budget.begin();
        assert!(budget.end().is_none());
    }
}
