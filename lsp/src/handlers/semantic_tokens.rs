//! `textDocument/semanticTokens/full`: tokens relative-encoded, as LSP
//! wants (line delta, start delta, length, type, modifiers).

use super::snapshot;
use crate::analysis::semantic_tokens::tokens;
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn full(server: &Server, params: SemanticTokensParams) -> Option<SemanticTokensResult> {
    let uri = params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let map = snap.map();
    let part = map.part_span(&uri)?;
    let mut data = Vec::new();
    let (mut prev_line, mut prev_start) = (0u32, 0u32);
    for t in tokens(&snap.analysis) {
        if t.span.start < part.start || t.span.end > part.end {
            continue;
        }
        let Some(r) = map.range_in(&uri, t.span) else { continue };
        if r.start.line != r.end.line {
            continue;
        }
        let delta_line = r.start.line - prev_line;
        let delta_start = if delta_line == 0 { r.start.character - prev_start } else { r.start.character };
        data.push(SemanticToken {
            delta_line,
            delta_start,
            length: r.end.character - r.start.character,
            token_type: t.token_type,
            token_modifiers_bitset: t.modifiers,
        });
        prev_line = r.start.line;
        prev_start = r.start.character;
    }
    Some(SemanticTokensResult::Tokens(SemanticTokens { result_id: None, data }))
}
