//! `textDocument/hover`

use super::snapshot;
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn hover(server: &Server, params: HoverParams) -> Option<Hover> {
    let uri = params.text_document_position_params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let offset = snap.offset(&uri, params.text_document_position_params.position)?;
    let info = crate::analysis::hover::hover(&snap.analysis, offset)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: info.markdown }),
        range: snap.map().range_in(&uri, info.span),
    })
}
