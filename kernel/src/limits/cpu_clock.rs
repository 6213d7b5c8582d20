//! CPU time of one thread, read from outside it: the kernel's watchdog task
//! reads the execution thread's, so a cell stuck in a loop is measured
//! without its cooperation. Linux's /proc gives it in nanoseconds; elsewhere
//! there is no per-thread clock and the budget falls back to wall time.

use std::time::Instant;

#[derive(Clone, Debug)]
pub struct ThreadClock {
    tid: Option<u32>,
    started: Instant,
}

impl ThreadClock {
    /// The calling thread's clock.
    pub fn current() -> ThreadClock {
        ThreadClock { tid: current_tid(), started: Instant::now() }
    }

    pub fn tid(&self) -> Option<u32> {
        self.tid
    }

    /// Nanoseconds this thread has run on a CPU (wall time since `current`
    /// where that cannot be read).
    pub fn cpu_ns(&self) -> u64 {
        self.tid.and_then(read_cpu_ns).unwrap_or_else(|| self.started.elapsed().as_nanos() as u64)
    }
}

fn current_tid() -> Option<u32> {
    // "/proc/thread-self" links to "PID/task/TID".
    let link = std::fs::read_link("/proc/thread-self").ok()?;
    link.file_name()?.to_str()?.parse().ok()
}

fn read_cpu_ns(tid: u32) -> Option<u64> {
    // schedstat: "time on CPU (ns) time waiting (ns) timeslices".
    if let Ok(text) = std::fs::read_to_string(format!("/proc/self/task/{tid}/schedstat")) {
        if let Some(ns) = text.split_whitespace().next().and_then(|f| f.parse().ok()) {
            return Some(ns);
        }
    }
    // stat: utime and stime, in clock ticks (100 per second on Linux), are
    // the 14th and 15th fields; the 2nd, the name, may hold spaces.
    let stat = std::fs::read_to_string(format!("/proc/self/task/{tid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks * 10_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_thread_is_seen_using_cpu_from_another() {
        let (tx, rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let busy = std::thread::spawn(move || {
            tx.send(ThreadClock::current()).unwrap();
            let mut x = 0u64;
            while stop_rx.try_recv().is_err() {
                x = std::hint::black_box(x.wrapping_add(1));
            }
        });
        let clock = rx.recv().unwrap();
        let before = clock.cpu_ns();
        // On a loaded machine the thread gets a small share of a core (a
        // tenth of it was seen with other builds running): wait until it
        // has had 20 ms, for as long as 10 s.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let mut used = 0;
        while used <= 20_000_000 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
            used = clock.cpu_ns() - before;
        }
        stop_tx.send(()).unwrap();
        busy.join().unwrap();
        assert!(used > 20_000_000, "busy thread used only {used} ns in 10 s");
    }

    #[test]
    fn an_idle_thread_uses_next_to_none() {
        let clock = ThreadClock::current();
        if clock.tid().is_none() {
            return; // no per-thread clock here: wall time stands in
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let sleeper = std::thread::spawn(move || {
            tx.send(ThreadClock::current()).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(300));
        });
        let clock = rx.recv().unwrap();
        let before = clock.cpu_ns();
        std::thread::sleep(std::time::Duration::from_millis(200));
        let used = clock.cpu_ns() - before;
        sleeper.join().unwrap();
        assert!(used < 20_000_000, "a sleeping thread used {used} ns");
    }
}
