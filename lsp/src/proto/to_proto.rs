//! Analysis types → LSP types.

use super::UnitMap;
use crate::analysis::completion::ItemKind;
use crate::analysis::diagnostic::{Diagnostic, Severity, Tag};
use crate::analysis::symbols::{Symbol, SymbolKind};
use std::collections::HashMap;
use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::ls_types::Uri;

pub fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

pub fn diagnostic(d: &Diagnostic, range: lsp::Range) -> lsp::Diagnostic {
    lsp::Diagnostic {
        range,
        severity: Some(severity(d.severity)),
        code: Some(lsp::NumberOrString::String(d.code.as_str().to_string())),
        source: Some("upy".to_string()),
        message: d.message.clone(),
        tags: (!d.tags.is_empty()).then(|| {
            d.tags
                .iter()
                .map(|t| match t {
                    Tag::Unnecessary => lsp::DiagnosticTag::UNNECESSARY,
                })
                .collect()
        }),
        ..Default::default()
    }
}

/// Diagnostics grouped by the document they fall in; every part of the
/// unit gets an entry (possibly empty, which clears old diagnostics).
pub fn diagnostics_by_document(map: &UnitMap<'_>, diags: &[Diagnostic]) -> HashMap<Uri, Vec<lsp::Diagnostic>> {
    let mut out: HashMap<Uri, Vec<lsp::Diagnostic>> =
        map.unit.parts.iter().map(|(u, _, _)| (u.clone(), Vec::new())).collect();
    for d in diags {
        if let Some((uri, range)) = map.range(d.span) {
            out.entry(uri).or_default().push(diagnostic(d, range));
        }
    }
    out
}

pub fn completion_kind(k: ItemKind) -> lsp::CompletionItemKind {
    match k {
        ItemKind::Keyword => lsp::CompletionItemKind::KEYWORD,
        ItemKind::Variable => lsp::CompletionItemKind::VARIABLE,
        ItemKind::Function => lsp::CompletionItemKind::FUNCTION,
        ItemKind::Method => lsp::CompletionItemKind::METHOD,
        ItemKind::Class => lsp::CompletionItemKind::CLASS,
        ItemKind::Module => lsp::CompletionItemKind::MODULE,
        ItemKind::Constant => lsp::CompletionItemKind::CONSTANT,
        ItemKind::Property => lsp::CompletionItemKind::PROPERTY,
        ItemKind::Argument => lsp::CompletionItemKind::VARIABLE,
    }
}

#[allow(deprecated)] // `deprecated` is a required field of DocumentSymbol
pub fn document_symbol(map: &UnitMap<'_>, uri: &Uri, s: &Symbol) -> Option<lsp::DocumentSymbol> {
    let range = map.range_in(uri, s.span)?;
    let selection_range = map.range_in(uri, s.name_span)?;
    Some(lsp::DocumentSymbol {
        name: s.name.clone(),
        detail: s.detail.clone(),
        kind: match s.kind {
            SymbolKind::Class => lsp::SymbolKind::CLASS,
            SymbolKind::Function => lsp::SymbolKind::FUNCTION,
            SymbolKind::Method => lsp::SymbolKind::METHOD,
            SymbolKind::Variable => lsp::SymbolKind::VARIABLE,
            SymbolKind::Constant => lsp::SymbolKind::CONSTANT,
        },
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: Some(s.children.iter().filter_map(|c| document_symbol(map, uri, c)).collect()),
    })
}

/// Byte range inside `label` → UTF-16 offsets, as signature help wants.
pub fn utf16_range(label: &str, (start, end): (usize, usize)) -> [u32; 2] {
    let u = |b: usize| label.get(..b).map_or(0, |s| s.encode_utf16().count()) as u32;
    [u(start), u(end)]
}
