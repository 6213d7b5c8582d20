//! `textDocument/didChange`: incremental edits, applied in arrival order
//! while the state lock is held (no `.await` before they are in).

use crate::edit::LinePosition;
use crate::server::Server;
use tower_lsp_server::ls_types::{DidChangeTextDocumentParams, TextDocumentContentChangeEvent, Uri};

pub fn apply(server: &Server, params: DidChangeTextDocumentParams) -> Uri {
    let uri = params.text_document.uri;
    let mut state = server.lock();
    let enc = state.encoding;
    if let Some(doc) = state.docs.texts.get_mut(&uri) {
        apply_changes(doc, &params.content_changes, enc);
        doc.version = params.text_document.version;
    }
    let key = state.docs.unit_key(&uri);
    state.docs.touch(&key);
    uri
}

pub fn apply_changes(
    doc: &mut crate::documents::TextDocument,
    changes: &[TextDocumentContentChangeEvent],
    enc: crate::edit::PositionEncoding,
) {
    for change in changes {
        let range = change.range.map(|r| {
            (
                LinePosition { line: r.start.line, character: r.start.character },
                LinePosition { line: r.end.line, character: r.end.character },
            )
        });
        doc.apply(range, &change.text, enc);
    }
}
