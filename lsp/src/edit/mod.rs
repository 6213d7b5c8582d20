//! Text edits and position-encoding conversion: the only place that knows
//! how an LSP `Position` (line + column in UTF-16, UTF-8 or UTF-32 units)
//! maps to a byte offset in a document.

mod position_encoding;
mod text_edit;

pub use position_encoding::PositionEncoding;
pub use text_edit::{apply_change, offset_at, position_at, LinePosition};
