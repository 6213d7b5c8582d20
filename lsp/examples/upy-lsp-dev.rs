//! The language server alone, for tests and benchmarks before `upy lsp`
//! is wired in. `UPY_LSP_ECHO_RUNNER=1` attaches the echo runner so the
//! run-cell plumbing can be exercised without the VM.

// As in the `upy` binary, which `upy lsp` runs in.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::sync::Arc;
use upy_lsp::runner::{CodeRunner, EchoRunner, NoRunner};

/// The allocator options `upy` sets (see its `tune_allocator`): freed
/// memory goes back to the OS after a second, not 10 ms, so the pages an
/// analysis frees are not zeroed again by the kernel for the next one.
fn tune_allocator() {
    const MI_OPTION_ARENA_EAGER_COMMIT: i32 = 4;
    const MI_OPTION_PURGE_DELAY: i32 = 15;
    // SAFETY: plain option setters, called before any thread starts.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1000);
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
    }
}

fn main() -> anyhow::Result<()> {
    tune_allocator();
    let runner: Arc<dyn CodeRunner> =
        if std::env::var_os("UPY_LSP_ECHO_RUNNER").is_some() { Arc::new(EchoRunner::default()) } else { Arc::new(NoRunner) };
    upy_lsp::run_stdio_with(runner)
}
