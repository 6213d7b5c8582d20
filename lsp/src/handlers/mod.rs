//! One file per LSP method (or per family of notifications). Handlers read
//! a snapshot of the state, call into `analysis`, and convert with `proto`.

pub mod code_action;
pub mod code_lens;
pub mod completion;
pub mod configuration;
pub mod definition;
pub mod did_change;
pub mod did_close;
pub mod did_open;
pub mod document_symbol;
pub mod execute_command;
pub mod folding_range;
pub mod hover;
pub mod initialize;
pub mod invalid_message;
pub mod notebook;
pub mod publish;
pub mod references;
pub mod rename;
pub mod semantic_tokens;
pub mod signature_help;

use crate::analysis::Analysis;
use crate::documents::Unit;
use crate::edit::PositionEncoding;
use crate::proto::UnitMap;
use crate::server::Server;
use crate::state::analyse;
use std::sync::Arc;
use tower_lsp_server::ls_types::{Position, Uri};

/// What a request handler works from: a snapshot of the unit holding the
/// document, its analysis and the position encoding.
pub struct Snapshot {
    pub unit: Unit,
    pub analysis: Arc<Analysis>,
    pub enc: PositionEncoding,
}

impl Snapshot {
    pub fn map(&self) -> UnitMap<'_> {
        UnitMap { unit: &self.unit, program: &self.analysis.program, enc: self.enc }
    }

    pub fn offset(&self, uri: &Uri, pos: Position) -> Option<usize> {
        self.map().offset(uri, pos)
    }
}

/// Run a request's computation; a bug that panics answers "nothing here"
/// instead of taking the server down (the panic is still printed to stderr).
pub fn guard<T>(f: impl FnOnce() -> Option<T>) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok().flatten()
}

/// Snapshot the unit containing `uri`, analysing it if the cached analysis
/// is stale. The analysis runs without the lock held.
pub fn snapshot(server: &Server, uri: &Uri) -> Option<Snapshot> {
    let (unit, enc, board, stubs, cell, previous) = unit_and_cell(&server.state, uri)?;
    let analysis =
        cell.get_or_init(|| guard(|| Some(Arc::new(analyse(&unit, board, stubs, previous.as_ref()))))).clone()?;
    Some(Snapshot { unit, analysis, enc })
}

type UnitAndCell = (
    Unit,
    PositionEncoding,
    crate::analysis::board::Board,
    Arc<crate::analysis::stubs::StubSet>,
    crate::state::AnalysisCell,
    Option<Arc<Analysis>>,
);

/// The unit holding `uri`, its board and its analysis cell, read under the lock.
fn unit_and_cell(state: &std::sync::Mutex<crate::state::State>, uri: &Uri) -> Option<UnitAndCell> {
    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
    let unit = state.docs.unit(uri)?;
    let first = unit.parts.first().map(|(_, r, _)| r.slice(..r.len_chars().min(4000)).to_string()).unwrap_or_default();
    let board = state.board_for(&first);
    let stubs = state.stubs_for(board);
    let (cell, previous) = state.cell(&unit);
    Some((unit, state.encoding, board, stubs, cell, previous))
}
