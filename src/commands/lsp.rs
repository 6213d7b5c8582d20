//! `upy lsp`: the language server on stdio, running cells on a simulated
//! board (or a board the editor selects).

use clap::Args;
use std::sync::Arc;

#[derive(Args)]
pub struct LspArgs {
    /// Accepted for editors that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
    /// The simulated board "Run cell" starts on.
    #[arg(long, default_value = "esp32")]
    pub board: String,
}

pub fn main(args: LspArgs) -> i32 {
    let runner = Arc::new(crate::lsp_runner::TargetRunner::new(&args.board));
    match upy_lsp::run_stdio_with(runner) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("upy lsp: {e:#}");
            1
        }
    }
}
