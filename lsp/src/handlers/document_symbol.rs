//! `textDocument/documentSymbol`

use super::snapshot;
use crate::proto::document_symbol as to_symbol;
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn document_symbol(server: &Server, params: DocumentSymbolParams) -> Option<DocumentSymbolResponse> {
    let uri = params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let a = &snap.analysis;
    let symbols = crate::analysis::symbols::symbols(&a.module().body, a.text());
    let map = snap.map();
    Some(DocumentSymbolResponse::Nested(symbols.iter().filter_map(|s| to_symbol(&map, &uri, s)).collect()))
}
