//! `textDocument/foldingRange`

use super::snapshot;
use crate::analysis::folding::{folding_ranges, FoldKind};
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn folding_range(server: &Server, params: FoldingRangeParams) -> Option<Vec<FoldingRange>> {
    let uri = params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let a = &snap.analysis;
    let map = snap.map();
    let mut out: Vec<FoldingRange> = folding_ranges(&a.module().body, a.text())
        .into_iter()
        .filter_map(|(span, kind)| {
            let r = map.range_in(&uri, span)?;
            (r.end.line > r.start.line).then(|| FoldingRange {
                start_line: r.start.line,
                end_line: r.end.line,
                kind: Some(match kind {
                    FoldKind::Region => FoldingRangeKind::Region,
                    FoldKind::Imports => FoldingRangeKind::Imports,
                }),
                ..Default::default()
            })
        })
        .collect();
    out.sort_by_key(|f| (f.start_line, f.end_line));
    out.dedup_by_key(|f| (f.start_line, f.end_line));
    Some(out)
}
