//! `notebookDocument/didOpen|didChange|didClose`: a notebook's code cells
//! are analysed as one program, in cell order.

use super::did_change::apply_changes;
use crate::documents::{NotebookDocument, TextDocument};
use crate::server::Server;
use tower_lsp_server::ls_types::*;

fn is_code(kind: &NotebookCellKind) -> bool {
    *kind == NotebookCellKind::CODE
}

pub fn did_open(server: &Server, params: DidOpenNotebookDocumentParams) -> Uri {
    let nb = params.notebook_document;
    let mut state = server.lock();
    for item in params.cell_text_documents {
        let mut doc = TextDocument::new(&item.text, item.version, item.language_id);
        doc.notebook = Some(nb.uri.clone());
        state.docs.texts.insert(item.uri, doc);
    }
    let cells = nb.cells.iter().map(|c| (c.document.clone(), is_code(&c.kind))).collect();
    state.docs.notebooks.insert(nb.uri.clone(), NotebookDocument { version: nb.version, cells });
    state.docs.touch(&nb.uri);
    nb.uri
}

/// Returns the notebook URI and the cells that closed.
pub fn did_change(server: &Server, params: DidChangeNotebookDocumentParams) -> (Uri, Vec<Uri>) {
    let uri = params.notebook_document.uri;
    let mut closed = Vec::new();
    let mut state = server.lock();
    let enc = state.encoding;
    if let Some(cells) = params.change.cells {
        if let Some(structure) = cells.structure {
            for item in structure.did_open.unwrap_or_default() {
                let mut doc = TextDocument::new(&item.text, item.version, item.language_id);
                doc.notebook = Some(uri.clone());
                state.docs.texts.insert(item.uri, doc);
            }
            for id in structure.did_close.unwrap_or_default() {
                state.docs.texts.remove(&id.uri);
                closed.push(id.uri);
            }
            if let Some(nb) = state.docs.notebooks.get_mut(&uri) {
                let a = structure.array;
                let start = (a.start as usize).min(nb.cells.len());
                let end = (start + a.delete_count as usize).min(nb.cells.len());
                let new: Vec<(Uri, bool)> =
                    a.cells.unwrap_or_default().into_iter().map(|c| (c.document, is_code(&c.kind))).collect();
                nb.cells.splice(start..end, new);
            }
        }
        for cell in cells.data.unwrap_or_default() {
            if let Some(nb) = state.docs.notebooks.get_mut(&uri) {
                if let Some(entry) = nb.cells.iter_mut().find(|(u, _)| *u == cell.document) {
                    entry.1 = is_code(&cell.kind);
                }
            }
        }
        for content in cells.text_content.unwrap_or_default() {
            if let Some(doc) = state.docs.texts.get_mut(&content.document.uri) {
                apply_changes(doc, &content.changes, enc);
                doc.version = content.document.version;
            }
        }
    }
    if let Some(nb) = state.docs.notebooks.get_mut(&uri) {
        nb.version = params.notebook_document.version;
    }
    state.docs.touch(&uri);
    (uri, closed)
}

/// Returns the cells whose diagnostics to clear.
pub fn did_close(server: &Server, params: DidCloseNotebookDocumentParams) -> Vec<Uri> {
    let uri = params.notebook_document.uri;
    let mut state = server.lock();
    let cells: Vec<Uri> =
        state.docs.notebooks.remove(&uri).map(|nb| nb.cells.into_iter().map(|(u, _)| u).collect()).unwrap_or_default();
    for c in &cells {
        state.docs.texts.remove(c);
    }
    state.analyses.remove(&uri);
    state.docs.forget(&uri);
    cells
}
