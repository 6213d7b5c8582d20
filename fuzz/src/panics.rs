//! Panics are findings, even when a safety net downstream catches them:
//! the hook records each one instead of printing it, and the runner asks
//! after every input.

use std::sync::Mutex;

static LAST: Mutex<Option<String>> = Mutex::new(None);

/// Replace the default hook (which prints to stderr) with one that keeps
/// the message and where it came from.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
        // The first panic of an input is the one worth reading.
        if last.is_none() {
            *last = Some(format!("{message} at {place}"));
        }
    }));
}

/// The first panic since the last call, if any.
pub fn take() -> Option<String> {
    LAST.lock().unwrap_or_else(|p| p.into_inner()).take()
}
