//! The thread diagnostics are worked out on: one run at a time, at a lower
//! scheduling priority than the threads that read messages and answer
//! requests. While the user types, a run for one keystroke may still be
//! going when the next keystroke's completion request arrives; on a
//! two-core machine that run, the editor and the server's own threads
//! competed for the cores, and completion waited for a time slice
//! (measured: 3–10 ms spikes, against 0.4 ms otherwise). Runs queued behind
//! one another each check first whether a newer edit made them moot.

use std::sync::mpsc;

type Job = Box<dyn FnOnce() + Send>;

pub struct Checker {
    jobs: Option<mpsc::Sender<Job>>,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

impl Checker {
    pub fn new() -> Checker {
        let (tx, rx) = mpsc::channel::<Job>();
        let thread = std::thread::Builder::new()
            .name("upy-lsp-check".into())
            // Analysis walks the syntax tree recursively (as the runtime's threads).
            .stack_size(16 << 20)
            .spawn(move || {
                lower_priority();
                rx.into_iter().for_each(|job| job());
            });
        Checker { jobs: thread.ok().map(|_| tx) }
    }

    /// Run `f` on the checking thread and wait for its result; None if the
    /// thread is gone (then `f` runs on tokio's blocking pool instead).
    pub async fn run<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = tx.send(f());
        });
        match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => rx.await.ok(),
                Err(mpsc::SendError(job)) => run_elsewhere(job, rx).await,
            },
            None => run_elsewhere(job, rx).await,
        }
    }
}

async fn run_elsewhere<T>(job: Job, rx: tokio::sync::oneshot::Receiver<T>) -> Option<T> {
    tokio::task::spawn_blocking(job).await.ok()?;
    rx.await.ok()
}

/// Nice the calling thread (Linux sets niceness per thread): background
/// work yields the cores to whatever answers the user.
pub fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority on the calling thread's id only changes its own
    // scheduling weight; failure leaves it as it was.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, 10);
    }
}
