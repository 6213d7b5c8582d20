//! A notebook: its cells in order, each code cell a text document in the
//! store. Cell-array changes index over all cells, markdown included, so
//! all are kept.

use tower_lsp_server::ls_types::Uri;

#[derive(Clone, Debug)]
pub struct NotebookDocument {
    pub version: i32,
    /// Every cell in notebook order, with whether it holds code.
    pub cells: Vec<(Uri, bool)>,
}

impl NotebookDocument {
    pub fn code_cells(&self) -> impl Iterator<Item = &Uri> {
        self.cells.iter().filter(|(_, code)| *code).map(|(u, _)| u)
    }
}
