//! The server's mutable state, behind one `std::sync::Mutex`: document
//! changes are applied while holding it, synchronously, in the order the
//! notifications arrive, before any `.await`.

use crate::analysis::board::Board;
use crate::analysis::stubs::StubSet;
use crate::analysis::{board_comment, incremental, Analysis, Program};
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
    /// Folders with stubs the user installed (`analysis::stubs::user`).
    pub user_stub_roots: Vec<PathBuf>,
    /// Each board's stubs with the user's added, made on first use.
    pub user_stubs: HashMap<Board, Arc<StubSet>>,
    /// The client shows progress the server starts (`window.workDoneProgress`).
    pub client_shows_progress: bool,
    /// Latest analysis per unit, with the generation it is for. The cell is
    /// filled by whichever handler needs it first; others wait for it
    /// rather than analysing the same text twice.
    pub analyses: HashMap<Uri, UnitAnalyses>,
}

pub type AnalysisCell = Arc<std::sync::OnceLock<Option<Arc<Analysis>>>>;

pub struct UnitAnalyses {
    pub generation: u64,
    pub cell: AnalysisCell,
    /// The newest finished analysis of an earlier generation that had no
    /// syntax errors: the next one starts from it (`analysis::incremental`).
    pub previous: Option<Arc<Analysis>>,
}

impl State {
    /// The board a program is checked against: a `# board:` comment wins,
    /// then the editor setting, then `upy.toml`, then generic.
    pub fn board_for(&self, first_part: &str) -> Board {
        board_comment(first_part).or(self.setting_board).or(self.project_board).unwrap_or_default()
    }

    /// The stubs a program on `board` is checked against: the board's,
    /// with the modules they lack from the user's stub folders.
    pub fn stubs_for(&mut self, board: Board) -> Arc<StubSet> {
        let base = StubSet::for_board(board);
        if self.user_stub_roots.is_empty() {
            return base;
        }
        let roots = &self.user_stub_roots;
        self.user_stubs
            .entry(board)
            .or_insert_with(|| {
                crate::analysis::stubs::user::with_user_stubs(&base, roots).map_or(base.clone(), Arc::new)
            })
            .clone()
    }

    /// The analysis cell for a unit's current generation (created empty),
    /// and the newest earlier analysis.
    pub fn cell(&mut self, unit: &Unit) -> (AnalysisCell, Option<Arc<Analysis>>) {
        match self.analyses.get_mut(&unit.key) {
            Some(entry) if entry.generation == unit.generation => (entry.cell.clone(), entry.previous.clone()),
            Some(entry) => {
                let old_cell = std::mem::take(&mut entry.cell);
                if let Some(Some(done)) = old_cell.get() {
                    if done.known_clean() == Some(true) {
                        drop_in_background(entry.previous.replace(done.clone()));
                    }
                }
                drop_in_background(old_cell);
                entry.generation = unit.generation;
                (entry.cell.clone(), entry.previous.clone())
            }
            None => {
                let cell = AnalysisCell::default();
                let entry = UnitAnalyses { generation: unit.generation, cell: cell.clone(), previous: None };
                self.analyses.insert(unit.key.clone(), entry);
                (cell, None)
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

/// Dropping a whole analysis (its tree, model and memos) takes about a
/// millisecond for a 5,000-line file: it is done on a thread of its own,
/// not under the state lock on the way to the next analysis.
fn drop_in_background<T: Send + 'static>(value: T) {
    static DROPPER: std::sync::OnceLock<Option<std::sync::mpsc::Sender<Box<dyn Send>>>> = std::sync::OnceLock::new();
    let sender = DROPPER.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<Box<dyn Send>>();
        let thread = std::thread::Builder::new().name("upy-lsp-drop".into()).spawn(move || {
            crate::checker::lower_priority();
            rx.into_iter().for_each(drop)
        });
        thread.ok().map(|_| tx)
    });
    // Without the thread, or if it is gone, the value is dropped here.
    if let Some(tx) = sender {
        let _ = tx.send(Box::new(value));
    }
}

/// Analyse a unit snapshot (no lock held), from `previous` where the edit
/// since allows: carried over whole when it changed no token, else with
/// only the touched statements re-parsed.
pub fn analyse(unit: &Unit, board: Board, stubs: Arc<StubSet>, previous: Option<&Arc<Analysis>>) -> Analysis {
    let program = program_of(unit);
    let Some(prev) = previous else { return Analysis::new(program, board, stubs) };
    let program = match incremental::carry_over(prev, program, board, stubs.clone()) {
        Ok(carried) => return carried,
        Err(program) => program,
    };
    let program = match incremental::recheck(prev, program, board, stubs.clone()) {
        Ok(rechecked) => return rechecked,
        Err(program) => program,
    };
    match incremental::reparse(prev, &program) {
        Some(r) => Analysis::with_lazy(program, board, stubs, r.body).with_patch(r.patch),
        None => Analysis::new(program, board, stubs),
    }
}

fn program_of(unit: &Unit) -> Program {
    let texts: Vec<String> = unit.parts.iter().map(|(_, rope, _)| rope.to_string()).collect();
    Program::from_parts(&texts)
}

/// Read `board = "…"` from `upy.toml` in `root`.
pub fn project_board(root: &std::path::Path) -> Option<Board> {
    let text = std::fs::read_to_string(root.join("upy.toml")).ok()?;
    let value: toml::Value = toml::from_str(&text).ok()?;
    let board = value.get("board").or_else(|| value.get("target").and_then(|t| t.get("board")))?;
    Board::parse(board.as_str()?)
}
