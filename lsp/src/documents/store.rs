//! Every open document, and the unit each is analysed in: a file alone, or
//! all code cells of its notebook. A generation counter per unit tells a
//! cached analysis from a stale one.

use super::{NotebookDocument, TextDocument};
use ropey::Rope;
use std::collections::HashMap;
use tower_lsp_server::ls_types::Uri;

#[derive(Default)]
pub struct DocumentStore {
    pub texts: HashMap<Uri, TextDocument>,
    pub notebooks: HashMap<Uri, NotebookDocument>,
    generations: HashMap<Uri, u64>,
    next_generation: u64,
}

/// What is analysed together: the unit's key (a file's or a notebook's
/// URI), its parts in order, and the generation they were taken at.
#[derive(Clone, Debug)]
pub struct Unit {
    pub key: Uri,
    pub parts: Vec<(Uri, Rope, i32)>,
    pub generation: u64,
}

impl DocumentStore {
    /// The unit a document belongs to.
    pub fn unit_key(&self, uri: &Uri) -> Uri {
        self.texts.get(uri).and_then(|d| d.notebook.clone()).unwrap_or_else(|| uri.clone())
    }

    /// Mark a unit changed; returns its new generation.
    pub fn touch(&mut self, key: &Uri) -> u64 {
        self.next_generation += 1;
        self.generations.insert(key.clone(), self.next_generation);
        self.next_generation
    }

    pub fn generation(&self, key: &Uri) -> u64 {
        self.generations.get(key).copied().unwrap_or(0)
    }

    /// A snapshot of the unit containing `uri` (ropes clone in O(1)).
    pub fn unit(&self, uri: &Uri) -> Option<Unit> {
        let key = self.unit_key(uri);
        let parts = match self.notebooks.get(&key) {
            Some(nb) => nb
                .code_cells()
                .filter_map(|c| self.texts.get(c).map(|d| (c.clone(), d.rope.clone(), d.version)))
                .collect(),
            None => {
                let d = self.texts.get(&key)?;
                vec![(key.clone(), d.rope.clone(), d.version)]
            }
        };
        Some(Unit { generation: self.generation(&key), key, parts })
    }

    pub fn forget(&mut self, key: &Uri) {
        self.generations.remove(key);
    }
}
