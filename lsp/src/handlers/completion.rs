//! `textDocument/completion`, plus live names from the session the user ran
//! cells in.

use super::snapshot;
use crate::analysis::completion::{complete, Item, ItemKind};
use crate::analysis::text::{chain_before, ident_before};
use crate::proto::completion_kind;
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn completion(server: &Server, params: CompletionParams) -> Option<CompletionResponse> {
    let uri = params.text_document_position.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let offset = snap.offset(&uri, params.text_document_position.position)?;
    let mut result = complete(&snap.analysis.near(offset), offset);
    add_live_names(server, &snap.analysis.program.text, offset, &mut result.items);
    let map = snap.map();
    let start = map.range_in(&uri, upy_syntax::Span::new(result.replace_start as u32, offset as u32));
    let items = result
        .items
        .into_iter()
        .enumerate()
        .map(|(i, item)| CompletionItem {
            label: item.label.clone(),
            kind: Some(completion_kind(item.kind)),
            detail: item.detail.clone(),
            documentation: item.doc.clone().map(Documentation::String),
            sort_text: Some(format!("{i:05}")),
            text_edit: start.map(|range| {
                CompletionTextEdit::Edit(TextEdit {
                    range,
                    new_text: item.insert.clone().unwrap_or(item.label.clone()),
                })
            }),
            ..Default::default()
        })
        .collect();
    Some(CompletionResponse::List(CompletionList { is_incomplete: false, items }))
}

/// Names the running session knows that static analysis does not.
fn add_live_names(server: &Server, text: &str, offset: usize, items: &mut Vec<Item>) {
    let (start, prefix) = ident_before(text, offset);
    let query = if start > 0 && text.as_bytes()[start - 1] == b'.' {
        let Some(chain) = chain_before(text, start - 1) else { return };
        if chain.iter().any(|l| l.called) {
            return;
        }
        let names: Vec<&str> = chain.iter().map(|l| l.name.as_str()).collect();
        format!("{}.{prefix}", names.join("."))
    } else {
        prefix.to_string()
    };
    for live in server.runner.complete(&query) {
        let name = live.name.rsplit('.').next().unwrap_or(&live.name).to_string();
        if !items.iter().any(|i| i.label == name) {
            items.push(Item {
                label: name,
                kind: ItemKind::Variable,
                detail: live.detail,
                doc: None,
                insert: None,
                rank: 2,
            });
        }
    }
}
