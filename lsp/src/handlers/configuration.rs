//! `workspace/didChangeConfiguration`: the board setting. Returns the
//! units to re-check.

use crate::analysis::board::Board;
use crate::server::Server;
use serde_json::Value;
use tower_lsp_server::ls_types::{DidChangeConfigurationParams, Uri};

/// `{"board": "esp32"}` or `{"upy": {"board": "esp32"}}`.
pub fn board_setting(v: &Value) -> Option<Board> {
    let b = v.get("board").or_else(|| v.get("upy").and_then(|u| u.get("board")))?;
    Board::parse(b.as_str()?)
}

pub fn apply(server: &Server, params: DidChangeConfigurationParams) -> Vec<Uri> {
    let mut state = server.lock();
    let board = board_setting(&params.settings);
    if board.is_none() && params.settings.get("board").is_none() {
        return Vec::new();
    }
    state.setting_board = board;
    state.invalidate_all();
    let mut units: Vec<Uri> = state.docs.texts.keys().map(|u| state.docs.unit_key(u)).collect();
    units.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    units.dedup();
    for u in &units {
        state.docs.touch(u);
    }
    units
}
