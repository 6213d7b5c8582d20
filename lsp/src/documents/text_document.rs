//! One open text document, held in a rope so incremental edits cost
//! O(log n) whatever the file size.

use crate::edit::{apply_change, LinePosition, PositionEncoding};
use ropey::Rope;
use tower_lsp_server::ls_types::Uri;

#[derive(Clone, Debug)]
pub struct TextDocument {
    pub rope: Rope,
    pub version: i32,
    pub language_id: String,
    /// The notebook this document is a cell of.
    pub notebook: Option<Uri>,
}

impl TextDocument {
    pub fn new(text: &str, version: i32, language_id: String) -> TextDocument {
        TextDocument { rope: Rope::from_str(text), version, language_id, notebook: None }
    }

    pub fn apply(&mut self, range: Option<(LinePosition, LinePosition)>, text: &str, enc: PositionEncoding) {
        apply_change(&mut self.rope, range, text, enc);
    }
}
