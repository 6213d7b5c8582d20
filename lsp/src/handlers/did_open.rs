//! `textDocument/didOpen`

use crate::documents::TextDocument;
use crate::server::Server;
use tower_lsp_server::ls_types::{DidOpenTextDocumentParams, Uri};

pub fn apply(server: &Server, params: DidOpenTextDocumentParams) -> Uri {
    let doc = params.text_document;
    let mut state = server.lock();
    state.docs.texts.insert(doc.uri.clone(), TextDocument::new(&doc.text, doc.version, doc.language_id));
    let key = state.docs.unit_key(&doc.uri);
    state.docs.touch(&key);
    doc.uri
}
