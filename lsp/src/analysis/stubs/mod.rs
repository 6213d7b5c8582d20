//! The board stubs (`.pyi`), parsed with the same parser as user code into
//! modules, classes, functions with signatures, and docstrings.

pub mod load;
pub mod user;

use super::board::Board;
use super::callable::Signature;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use upy_syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StubKind {
    Function,
    Class,
    /// A module-level name holding a value (`OUT: int`, `const` values).
    Constant,
    Property,
    /// `from other import name` inside a stub: the real item lives elsewhere.
    Alias,
}

#[derive(Clone, Debug)]
pub struct StubItem {
    pub name: String,
    pub kind: StubKind,
    /// One per `@overload`; empty when the stub gives none.
    pub signatures: Vec<Signature>,
    pub doc: Option<String>,
    /// The declared type of a constant or property, as written.
    pub annotation: Option<String>,
    /// Where it is defined in the stub source.
    pub span: Span,
    /// Methods and attributes of a class.
    pub members: BTreeMap<String, StubItem>,
    /// Base classes, as written (`Base`, `machine.Pin`).
    pub bases: Vec<String>,
    /// `@staticmethod`: the first parameter is not bound.
    pub is_static: bool,
    /// For `Alias`: the module and name it re-exports.
    pub target: Option<(String, String)>,
    /// For a type alias (`_Buf: TypeAlias = bytes | bytearray`): the type
    /// it stands for, as written.
    pub alias_of: Option<String>,
}

#[derive(Clone, Debug)]
pub struct StubModule {
    pub name: String,
    /// The board whose stub set it came from (`esp32`, …).
    pub folder: String,
    pub source: Arc<str>,
    pub doc: Option<String>,
    pub items: BTreeMap<String, StubItem>,
    /// `from x import *` inside the stub: every public name of `x` too.
    pub star_reexports: Vec<String>,
    /// Names the stub imports for its own annotations (`from array import
    /// array`): local name → (module, name). Not members of the module.
    pub imported: BTreeMap<String, (String, String)>,
}

/// A place in the stubs: a module and a path of names inside it
/// (`machine` + `["Pin", "OUT"]`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StubRef {
    pub module: String,
    pub path: Vec<String>,
}

/// All stub modules for one board.
#[derive(Debug, Default)]
pub struct StubSet {
    pub board: Board,
    pub modules: BTreeMap<String, StubModule>,
}

impl StubSet {
    /// The stubs embedded in the binary for `board`, parsed once.
    pub fn for_board(board: Board) -> Arc<StubSet> {
        static SETS: OnceLock<Vec<OnceLock<Arc<StubSet>>>> = OnceLock::new();
        let sets = SETS.get_or_init(|| Board::all().map(|_| OnceLock::new()).collect());
        let files = || upy_boards::stubs::board_files(board.name()).into_iter().map(|(m, s)| (board.name(), m, s));
        sets[board.index()].get_or_init(|| Arc::new(Self::from_sources(board, files()))).clone()
    }

    /// Built-ins described by `upy-boards` (the kernel's help reads them
    /// too), used when the board stubs have no `builtins` module.
    pub const FALLBACK_BUILTINS: &'static str = upy_boards::stubs::BUILTINS;

    /// Build from `(folder, module, source)` triples (later entries for the
    /// same module replace earlier ones).
    pub fn from_sources<'a>(board: Board, files: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> StubSet {
        let mut modules = BTreeMap::new();
        for (folder, name, source) in files {
            modules.insert(name.to_string(), load::load_module(folder, name, source));
        }
        if !modules.contains_key("builtins") {
            modules.insert("builtins".to_string(), load::load_module("upy-lsp", "builtins", Self::FALLBACK_BUILTINS));
        }
        StubSet { board, modules }
    }

    /// A module by import name; `utime` finds `time` when only that exists.
    pub fn module(&self, name: &str) -> Option<&StubModule> {
        self.modules.get(name).or_else(|| name.strip_prefix('u').and_then(|n| self.modules.get(n)))
    }

    pub fn module_names(&self) -> impl Iterator<Item = &str> {
        self.modules.keys().map(String::as_str)
    }

    /// Public names a module exports, including star re-exports.
    pub fn module_members(&self, module: &str) -> Vec<(String, StubRef)> {
        let mut out = Vec::new();
        self.collect_members(module, &mut out, 0);
        out
    }

    fn collect_members(&self, module: &str, out: &mut Vec<(String, StubRef)>, depth: u32) {
        let Some(m) = self.module(module) else { return };
        if depth > 4 {
            return;
        }
        for name in m.items.keys() {
            if !name.starts_with('_') || name.starts_with("__") {
                out.push((name.clone(), StubRef { module: m.name.clone(), path: vec![name.clone()] }));
            }
        }
        for other in &m.star_reexports {
            self.collect_members(other, out, depth + 1);
        }
    }

    /// The item a reference names, following re-exports.
    pub fn get(&self, r: &StubRef) -> Option<&StubItem> {
        self.resolve(r).and_then(|(r, _)| self.get_direct(&r))
    }

    fn get_direct(&self, r: &StubRef) -> Option<&StubItem> {
        let m = self.module(&r.module)?;
        let mut item = m.items.get(r.path.first()?)?;
        for name in &r.path[1..] {
            item = item.members.get(name)?;
        }
        Some(item)
    }

    /// Canonical location of a reference (aliases and star re-exports followed).
    pub fn resolve(&self, r: &StubRef) -> Option<(StubRef, ())> {
        let mut r = r.clone();
        for _ in 0..8 {
            let m = self.module(&r.module)?;
            let first = r.path.first()?;
            match m.items.get(first) {
                Some(item) if item.kind == StubKind::Alias => {
                    let (tm, tn) = item.target.clone()?;
                    let mut path = vec![tn];
                    path.extend_from_slice(&r.path[1..]);
                    r = StubRef { module: tm, path };
                }
                Some(_) => {
                    // Walk into members; each step must exist (class members
                    // may be inherited, which `member` handles).
                    return self.get_direct(&r).map(|_| (StubRef { module: m.name.clone(), path: r.path.clone() }, ()));
                }
                None => {
                    let found = m
                        .star_reexports
                        .iter()
                        .find(|o| self.module(o).is_some_and(|om| om.items.contains_key(first)))?;
                    r = StubRef { module: found.clone(), path: r.path.clone() };
                }
            }
        }
        None
    }

    /// A member of a module, or of a class (searching its bases).
    pub fn member(&self, owner: &StubRef, name: &str) -> Option<StubRef> {
        self.member_depth(owner, name, 0)
    }

    fn member_depth(&self, owner: &StubRef, name: &str, depth: u32) -> Option<StubRef> {
        if depth > 8 {
            return None;
        }
        let (owner, ()) = self.resolve(owner)?;
        let item = self.get_direct(&owner)?;
        if item.members.contains_key(name) {
            let mut path = owner.path.clone();
            path.push(name.to_string());
            return Some(StubRef { module: owner.module.clone(), path });
        }
        for base in &item.bases {
            if let Some(b) = self.class_ref(&owner.module, base) {
                if let Some(found) = self.member_depth(&b, name, depth + 1) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// Does a class (or one of its bases) answer any attribute name, so an
    /// unknown-attribute check must stay quiet?
    pub fn is_open(&self, class: &StubRef) -> bool {
        let Some(item) = self.get(class) else { return true };
        if item.members.contains_key("__getattr__") {
            return true;
        }
        item.bases.iter().any(|b| match self.class_ref(&class.module, b) {
            Some(r) => self.is_open(&r),
            None => !matches!(b.as_str(), "object"),
        })
    }

    /// Resolve a class name written in module `module` (`Pin`, `machine.Pin`).
    pub fn class_ref(&self, module: &str, written: &str) -> Option<StubRef> {
        let written = written.trim();
        let r = match written.rsplit_once('.') {
            Some((m, n)) => StubRef { module: m.to_string(), path: vec![n.to_string()] },
            None => StubRef { module: module.to_string(), path: vec![written.to_string()] },
        };
        let (r, ()) = self.resolve(&r)?;
        (self.get_direct(&r)?.kind == StubKind::Class).then_some(r)
    }

    /// Module-level names of every module a star import could bring in.
    pub fn has_module(&self, name: &str) -> bool {
        self.module(name).is_some()
    }
}
