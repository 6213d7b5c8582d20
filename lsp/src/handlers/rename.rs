//! `textDocument/prepareRename` and `textDocument/rename` of a name bound
//! in the user's code.

use super::snapshot;
use crate::analysis::text::ident_at;
use crate::server::Server;
use std::collections::HashMap;
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::*;
use upy_syntax::Span;

pub fn prepare(server: &Server, params: TextDocumentPositionParams) -> Option<PrepareRenameResponse> {
    let snap = snapshot(server, &params.text_document.uri)?;
    let offset = snap.offset(&params.text_document.uri, params.position)?;
    crate::analysis::definition::references(&snap.analysis, offset)?;
    let (s, e) = ident_at(&snap.analysis.program.text, offset)?;
    let range = snap.map().range_in(&params.text_document.uri, Span::new(s as u32, e as u32))?;
    Some(PrepareRenameResponse::Range(range))
}

pub fn rename(server: &Server, params: RenameParams) -> jsonrpc::Result<Option<WorkspaceEdit>> {
    let new_name = params.new_name;
    let valid = new_name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && new_name.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !crate::analysis::builtins::KEYWORDS.contains(&new_name.as_str());
    if !valid {
        return Err(jsonrpc::Error::invalid_params(format!("`{new_name}` is not a valid Python name")));
    }
    let uri = params.text_document_position.text_document.uri;
    let Some(snap) = snapshot(server, &uri) else { return Ok(None) };
    let Some(offset) = snap.offset(&uri, params.text_document_position.position) else { return Ok(None) };
    // Guarded like the other requests: a bug in the analysis (computed on
    // first use) answers "nothing to rename" rather than failing the server.
    let Some(spans) = super::guard(|| crate::analysis::definition::references(&snap.analysis, offset)) else {
        return Ok(None);
    };
    let map = snap.map();
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for (doc, range) in spans.into_iter().filter_map(|s| map.range(s)) {
        changes.entry(doc).or_default().push(TextEdit { range, new_text: new_name.clone() });
    }
    Ok(Some(WorkspaceEdit { changes: Some(changes), ..Default::default() }))
}
