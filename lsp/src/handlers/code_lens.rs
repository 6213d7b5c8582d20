//! `textDocument/codeLens`: "Run cell" / "Run cell on board" above each
//! `# %%` marker of a plain file.

use crate::analysis::cells::cells;
use crate::edit::position_at;
use crate::server::Server;
use serde_json::json;
use tower_lsp_server::ls_types::*;

pub fn code_lens(server: &Server, params: CodeLensParams) -> Option<Vec<CodeLens>> {
    let uri = params.text_document.uri;
    let (rope, enc) = {
        let state = server.lock();
        let doc = state.docs.texts.get(&uri)?;
        if doc.notebook.is_some() {
            return Some(Vec::new());
        }
        (doc.rope.clone(), state.encoding)
    };
    let text = rope.to_string();
    let mut out = Vec::new();
    for cell in cells(&text) {
        let s = position_at(&rope, cell.marker.start as usize, enc);
        let e = position_at(&rope, cell.marker.end as usize, enc);
        let range = Range::new(Position::new(s.line, s.character), Position::new(e.line, e.character));
        for (title, target) in [("▶ Run cell", "local"), ("Run cell on board", "board")] {
            out.push(CodeLens {
                range,
                command: Some(Command {
                    title: title.into(),
                    command: "upy.runCell".into(),
                    arguments: Some(vec![json!({ "uri": uri.as_str(), "line": s.line, "target": target })]),
                }),
                data: None,
            });
        }
    }
    Some(out)
}
