//! `textDocument/codeAction`: the certain fixes attached to diagnostics in
//! the requested range.

use super::snapshot;
use crate::proto::diagnostic as to_diagnostic;
use crate::server::Server;
use std::collections::HashMap;
use tower_lsp_server::ls_types::*;

pub fn code_action(server: &Server, params: CodeActionParams) -> Option<CodeActionResponse> {
    let uri = params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let map = snap.map();
    let start = map.offset(&uri, params.range.start)? as u32;
    let end = map.offset(&uri, params.range.end)? as u32;
    let mut out = Vec::new();
    for d in snap.analysis.diagnostics() {
        if d.fixes.is_empty() || d.span.end < start || d.span.start > end {
            continue;
        }
        let Some(range) = map.range_in(&uri, d.span) else { continue };
        for fix in &d.fixes {
            let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
            for e in &fix.edits {
                if let Some((doc, r)) = map.range(e.span) {
                    changes.entry(doc).or_default().push(TextEdit { range: r, new_text: e.text.clone() });
                }
            }
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![to_diagnostic(d, range)]),
                edit: Some(WorkspaceEdit { changes: Some(changes), ..Default::default() }),
                is_preferred: Some(true),
                ..Default::default()
            }));
        }
    }
    Some(out)
}
