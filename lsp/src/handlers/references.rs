//! `textDocument/references` and `textDocument/documentHighlight`, within
//! the unit (a file, or a notebook's cells).

use super::snapshot;
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn references(server: &Server, params: ReferenceParams) -> Option<Vec<Location>> {
    let uri = params.text_document_position.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let offset = snap.offset(&uri, params.text_document_position.position)?;
    let spans = crate::analysis::definition::references(&snap.analysis, offset)?;
    let map = snap.map();
    Some(spans.into_iter().filter_map(|s| map.range(s)).map(|(uri, range)| Location { uri, range }).collect())
}

pub fn highlight(server: &Server, params: DocumentHighlightParams) -> Option<Vec<DocumentHighlight>> {
    let uri = params.text_document_position_params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let offset = snap.offset(&uri, params.text_document_position_params.position)?;
    let spans = crate::analysis::definition::references(&snap.analysis, offset)?;
    let map = snap.map();
    Some(
        spans
            .into_iter()
            .filter_map(|s| map.range_in(&uri, s))
            .map(|range| DocumentHighlight { range, kind: None })
            .collect(),
    )
}
