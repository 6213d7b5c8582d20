//! A cell that has run past its fair share of CPU drops to the lowest
//! scheduling priority (nice 19) until it ends, so the other students'
//! kernels on the host preempt it at once: one runaway cell does not slow
//! the class. Done only where the thread may go back to its priority
//! afterwards (root, or RLIMIT_NICE allowing it); elsewhere the CPU limit
//! alone contains a runaway.

/// The thread's priority before it was lowered, to go back to.
pub struct Lowered {
    tid: u32,
    nice: i32,
}

#[cfg(target_os = "linux")]
pub fn lower(tid: u32) -> Option<Lowered> {
    const LOWEST: i32 = 19;
    // SAFETY: plain system calls on a thread id of this process; errno is
    // cleared first because -1 is also a valid priority.
    unsafe {
        *libc::__errno_location() = 0;
        let nice = libc::getpriority(libc::PRIO_PROCESS, tid);
        if nice == -1 && *libc::__errno_location() != 0 {
            return None;
        }
        if nice >= LOWEST || !may_raise_to(nice) {
            return None;
        }
        if libc::setpriority(libc::PRIO_PROCESS, tid, LOWEST) != 0 {
            return None;
        }
        Some(Lowered { tid, nice })
    }
}

/// Whether this process may later set a priority as high as `nice`.
#[cfg(target_os = "linux")]
fn may_raise_to(nice: i32) -> bool {
    // SAFETY: reads of this process's credentials and limits.
    unsafe {
        if libc::geteuid() == 0 {
            return true;
        }
        let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        if libc::getrlimit(libc::RLIMIT_NICE, &mut limit) != 0 {
            return false;
        }
        // RLIMIT_NICE = 20 - the highest priority (lowest nice) allowed.
        limit.rlim_cur >= (20 - nice) as libc::rlim_t
    }
}

#[cfg(target_os = "linux")]
pub fn restore(lowered: Lowered) {
    // SAFETY: as in `lower`.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, lowered.tid, lowered.nice);
    }
}

#[cfg(not(target_os = "linux"))]
pub fn lower(_tid: u32) -> Option<Lowered> {
    None
}

#[cfg(not(target_os = "linux"))]
pub fn restore(_lowered: Lowered) {}
