//! The language server alone, for tests and benchmarks before `upy lsp`
//! is wired in. `UPY_LSP_ECHO_RUNNER=1` attaches the echo runner so the
//! run-cell plumbing can be exercised without the VM.

use std::sync::Arc;
use upy_lsp::runner::{CodeRunner, EchoRunner, NoRunner};

fn main() -> anyhow::Result<()> {
    let runner: Arc<dyn CodeRunner> =
        if std::env::var_os("UPY_LSP_ECHO_RUNNER").is_some() { Arc::new(EchoRunner::default()) } else { Arc::new(NoRunner) };
    upy_lsp::run_stdio_with(runner)
}
