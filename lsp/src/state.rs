//! The server's mutable state, behind one `std::sync::Mutex`: document
//! changes are applied while holding it, synchronously, in the order the
//! notifications arrive, before any `.await`.

use crate::analysis::board::Board;
use crate::analysis::stubs::StubSet;
use crate::analysis::{board_comment, Analysis, Program};
use crate::documents::{DocumentStore, Unit};
use crate::edit::PositionEncoding;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tower_lsp_server::ls_types::Uri;

#[derive(Default)]
pub struct State {
    pub docs: DocumentStore,
    pub encoding: PositionEncoding,
    /// From the editor's settings.
    pub setting_board: Option<Board>,
    /// From `upy.toml` at the workspace root.
    pub project_board: Option<Board>,
    pub workspace_root: Option<PathBuf>,
    /// Latest analysis per unit, with the generation it is for. The cell is
    /// filled by whichever handler needs it first; others wait for it
    /// rather than analysing the same text twice.
    pub analyses: HashMap<Uri, (u64, AnalysisCell)>,
}

pub type AnalysisCell = Arc<std::sync::OnceLock<Option<Arc<Analysis>>>>;

impl State {
    /// The board a program is checked against: a `# board:` comment wins,
    /// then the editor setting, then `upy.toml`, then generic.
    pub fn board_for(&self, first_part: &str) -> Board {
        board_comment(first_part).or(self.setting_board).or(self.project_board).unwrap_or_default()
    }

    /// The analysis cell for a unit's current generation (created empty).
    pub fn cell(&mut self, unit: &Unit) -> AnalysisCell {
        match self.analyses.get(&unit.key) {
            Some((g, cell)) if *g == unit.generation => cell.clone(),
            _ => {
                let cell = AnalysisCell::default();
                self.analyses.insert(unit.key.clone(), (unit.generation, cell.clone()));
                cell
            }
        }
    }

    /// Forget every analysis (settings changed).
    pub fn invalidate_all(&mut self) {
        let keys: Vec<Uri> = self.analyses.keys().cloned().collect();
        for k in keys {
            self.docs.touch(&k);
        }
        self.analyses.clear();
    }
}

/// Analyse a unit snapshot (no lock held).
pub fn analyse(unit: &Unit, board: Board) -> Analysis {
    let texts: Vec<String> = unit.parts.iter().map(|(_, rope, _)| rope.to_string()).collect();
    Analysis::new(Program::from_parts(&texts), board, StubSet::for_board(board))
}

/// Read `board = "…"` from `upy.toml` in `root`.
pub fn project_board(root: &std::path::Path) -> Option<Board> {
    let text = std::fs::read_to_string(root.join("upy.toml")).ok()?;
    let value: toml::Value = toml::from_str(&text).ok()?;
    let board = value.get("board").or_else(|| value.get("target").and_then(|t| t.get("board")))?;
    Board::parse(board.as_str()?)
}
