//! Open documents: plain text files and notebooks (whose code cells are
//! text documents of their own, analysed together).

mod notebook;
mod store;
mod text_document;

pub use notebook::NotebookDocument;
pub use store::{DocumentStore, Unit};
pub use text_document::TextDocument;
