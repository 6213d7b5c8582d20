//! `textDocument/didClose`: returns the URI whose diagnostics to clear.

use crate::server::Server;
use tower_lsp_server::ls_types::{DidCloseTextDocumentParams, Uri};

pub fn apply(server: &Server, params: DidCloseTextDocumentParams) -> Option<Uri> {
    let uri = params.text_document.uri;
    let mut state = server.lock();
    // Cells close with their notebook, not on their own.
    if state.docs.texts.get(&uri).is_some_and(|d| d.notebook.is_some()) {
        return None;
    }
    state.docs.texts.remove(&uri);
    state.analyses.remove(&uri);
    state.docs.forget(&uri);
    Some(uri)
}
