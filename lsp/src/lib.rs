//! The upy language server: MicroPython diagnostics, completion, hover,
//! signatures and cells for any editor, over stdio.
//!
//! Layout: `server` routes each LSP method to one handler in `handlers/`;
//! `documents/` holds open texts (ropey) and notebooks; `edit/` converts
//! positions; `analysis/` is the language knowledge and never sees an LSP
//! type; `proto` converts between the two at the edge; `runner` is the
//! seam to whatever runs code (the VM session, a board).

pub mod analysis;
pub mod checker;
pub mod documents;
pub mod edit;
pub mod handlers;
pub mod input;
pub mod proto;
pub mod runner;
pub mod server;
pub mod state;
pub mod stdout;

use runner::{CodeRunner, NoRunner};
use std::sync::Arc;
use tower_lsp_server::{LspService, Server as LspServer};

/// Serve LSP over stdin/stdout until the client says `exit`, with `runner`
/// executing `upy.runCell` / `upy.runFile`.
pub async fn serve_stdio(runner: Arc<dyn CodeRunner>) {
    serve(tokio::io::stdin(), stdout::DirectStdout::new(), runner).await
}

/// Serve LSP over any byte streams (tests use in-memory pipes).
pub async fn serve<I, O>(input: I, output: O, runner: Arc<dyn CodeRunner>)
where
    I: tokio::io::AsyncRead + Unpin,
    O: tokio::io::AsyncWrite,
{
    let (service, socket) = LspService::build(|client| server::Server::new(client, runner))
        .custom_method("upy/documentText", server::Server::document_text)
        .custom_method(input::INVALID_REQUEST, handlers::invalid_message::request)
        .custom_method(input::INVALID_MESSAGE, handlers::invalid_message::notification)
        .finish();
    // A malformed frame would end tower-lsp's reader: each is checked first.
    let (checked, pump) = input::guard(input);
    let serve = LspServer::new(checked, output, socket).serve(service);
    tokio::pin!(serve);
    tokio::select! {
        () = &mut serve => return,
        () = pump => {}
    }
    // The editor closed its end: whatever it sent is in, so serve it out.
    serve.await;
}

/// `upy lsp`: serve over stdio on a runtime of its own, with no interpreter
/// attached (running cells reports that). Use [`run_stdio_with`] to attach one.
pub fn run_stdio() -> anyhow::Result<()> {
    run_stdio_with(Arc::new(NoRunner))
}

pub fn run_stdio_with(runner: Arc<dyn CodeRunner>) -> anyhow::Result<()> {
    no_transparent_huge_pages();
    // Analysis walks the syntax tree recursively; the parser bounds its
    // depth, and a roomy stack keeps the deepest allowed tree safe.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_stack_size(16 << 20)
        .enable_all()
        .build()?;
    rt.block_on(serve_stdio(runner));
    // A read of stdin may still be waiting on the editor (after `exit`, an
    // editor need not close the pipe); it cannot be cancelled, so do not
    // wait for it.
    rt.shutdown_background();
    Ok(())
}

/// Each analysis after an edit allocates and frees a few megabytes. In
/// regions the allocator marks for transparent huge pages, the first touch
/// of fresh or purged memory makes the kernel zero a whole 2 MiB page:
/// measured on the benchmark, that zeroing was a third of the server's time
/// after a code edit, and most of its p99. Small pages cost only what is
/// touched. The setting is per process, and this process is the server.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and only
    // changes this process's paging policy; failure (old kernels) is harmless.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
