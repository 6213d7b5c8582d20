//! The semantic model of a program: scopes, the names bound in each, every
//! name used and what it resolves to. Flow-insensitive, like pyflakes' view
//! of a module: a name bound anywhere in a scope is that scope's name.

mod builder;
mod shape;

pub use builder::{add_function_body, add_statements, build};
pub use shape::{is_path, path_of, shape_of, BuiltinType, Shape};

use super::builtins;
use super::callable::Signature;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use upy_syntax::Span;

pub type ScopeId = usize;
pub type BindingId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// The text region whose names resolve here first.
    pub span: Span,
    /// Column of the `def` / `class` keyword: a cursor on a blank line is
    /// inside the block only when indented past it.
    pub indent: u32,
    pub names: HashMap<String, Vec<BindingId>>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// `from unknown import *`: any name might be defined.
    pub unknown_star: bool,
    /// The `def` / `class` binding that owns this scope.
    pub owner: Option<BindingId>,
    pub depth: u32,
    /// Nested scopes, in source order (they never overlap).
    pub children: Vec<ScopeId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    Import,
    FromImport,
    StarImport,
    Assignment,
    AugAssignment,
    Annotation,
    Parameter,
    Function,
    Class,
    LoopVariable,
    WithVariable,
    ExceptVariable,
    NamedExpr,
    MatchCapture,
}

/// Where a binding's value comes from, as far as a static look can tell.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    Unknown,
    /// `import a.b as c` → `Module("a.b")`; `import a.b` binds `a` → `Module("a")`.
    Module(String),
    /// `from m import n`
    FromModule {
        module: String,
        name: String,
    },
    Value(Shape),
}

#[derive(Clone, Debug)]
pub struct FunctionInfo {
    pub signature: Signature,
    pub doc: Option<String>,
    pub is_method: bool,
    pub is_static: bool,
    pub is_property: bool,
    pub body_scope: ScopeId,
}

#[derive(Clone, Debug)]
pub struct ClassInfo {
    pub body_scope: ScopeId,
    /// Base classes as dotted paths (`machine.Pin` → ["machine", "Pin"]).
    pub bases: Vec<Vec<String>>,
    pub doc: Option<String>,
    /// `self.x = …` in its methods: (name, span of `x`, value shape).
    pub instance_attrs: Vec<(String, Span, Shape)>,
}

#[derive(Clone, Debug)]
pub struct Binding {
    pub name: String,
    /// The identifier that binds it.
    pub span: Span,
    /// The whole statement (imports: for removing or guarding them).
    pub stmt_span: Span,
    pub scope: ScopeId,
    pub kind: BindingKind,
    pub origin: Origin,
    pub function: Option<FunctionInfo>,
    pub class: Option<ClassInfo>,
    /// Made where a failure to import is expected: inside `try:` with an
    /// `except ImportError` (or broader), or under `if TYPE_CHECKING:`.
    pub guarded: bool,
}

#[derive(Clone, Debug)]
pub struct Reference {
    pub name: String,
    pub span: Span,
    pub scope: ScopeId,
    /// What it resolves to; `None` is a builtin or an undefined name.
    pub resolved: Option<BindingId>,
    pub is_del: bool,
    /// A name MicroPython's compiler answers itself when nothing binds it:
    /// `const` in `X = const(1)`, `micropython` in `@micropython.viper`,
    /// `ptr8` in a viper function. Never reported as undefined.
    pub compiler_known: bool,
}

#[derive(Clone, Debug)]
pub enum Lookup {
    Binding(BindingId),
    Builtin,
    Undefined,
}

#[derive(Clone, Debug, Default)]
pub struct Model {
    pub scopes: Vec<Scope>,
    pub bindings: Vec<Binding>,
    pub references: Vec<Reference>,
    /// For each binding, how many references resolve to its name in its scope.
    pub use_counts: Vec<u32>,
}

impl Model {
    pub const MODULE: ScopeId = 0;

    /// Resolve `name` as seen from `scope`. With several bindings of the name
    /// in the scope found, the last one before `at` wins (the first when
    /// none is before it).
    pub fn lookup(&self, scope: ScopeId, name: &str, at: Option<u32>) -> Lookup {
        let mut current = Some(scope);
        let mut first = true;
        while let Some(id) = current {
            let s = &self.scopes[id];
            if s.globals.contains(name) && id != Self::MODULE {
                current = Some(Self::MODULE);
                first = false;
                continue;
            }
            let skip = (s.kind == ScopeKind::Class && !first) || s.nonlocals.contains(name);
            if !skip {
                if let Some(ids) = s.names.get(name) {
                    return Lookup::Binding(self.pick(ids, at));
                }
            }
            first = false;
            current = s.parent;
        }
        if builtins::is_builtin(name) {
            Lookup::Builtin
        } else {
            Lookup::Undefined
        }
    }

    fn pick(&self, ids: &[BindingId], at: Option<u32>) -> BindingId {
        if let Some(at) = at {
            if let Some(id) = ids.iter().rev().find(|b| self.bindings[**b].span.start <= at) {
                return *id;
            }
        }
        ids[0]
    }

    /// The innermost scope at a byte offset. `text` tells blank-line cursors
    /// apart: one at column 0 after a function body is back at module level.
    pub fn scope_at(&self, offset: u32, text: &str) -> ScopeId {
        let blank_col = blank_line_column(text, offset as usize);
        let mut current = Self::MODULE;
        'descend: loop {
            let children = &self.scopes[current].children;
            // The last child starting at or before `offset`, and any
            // zero-width neighbours, are the only candidates.
            let upto = children.partition_point(|c| self.scopes[*c].span.start <= offset);
            for &child in children[..upto].iter().rev().take(2) {
                let s = &self.scopes[child];
                if offset > s.span.end {
                    continue;
                }
                if let Some(col) = blank_col {
                    if matches!(s.kind, ScopeKind::Function | ScopeKind::Class) && col <= s.indent {
                        continue;
                    }
                }
                current = child;
                continue 'descend;
            }
            return current;
        }
    }

    /// Is any name possibly defined by a star import we cannot see into?
    pub fn unknown_star_visible(&self, scope: ScopeId) -> bool {
        let mut current = Some(scope);
        while let Some(id) = current {
            if self.scopes[id].unknown_star {
                return true;
            }
            current = self.scopes[id].parent;
        }
        false
    }

    /// Every binding visible from `scope`, innermost first, one per name.
    pub fn visible_bindings(&self, scope: ScopeId) -> Vec<BindingId> {
        let mut seen = HashSet::default();
        let mut out = Vec::new();
        let mut current = Some(scope);
        let mut first = true;
        while let Some(id) = current {
            let s = &self.scopes[id];
            if s.kind != ScopeKind::Class || first {
                let mut names: Vec<_> = s.names.iter().collect();
                names.sort_by_key(|(n, _)| n.as_str());
                for (name, ids) in names {
                    if seen.insert(name.clone()) {
                        out.push(*ids.last().unwrap_or(&ids[0]));
                    }
                }
            }
            first = false;
            current = s.parent;
        }
        out
    }

    /// All spans that name the same symbol as the binding `id` (its bindings
    /// and the references resolving to them): for references and rename.
    pub fn symbol_spans(&self, id: BindingId) -> Vec<Span> {
        let b = &self.bindings[id];
        let same: Vec<BindingId> = self.scopes[b.scope].names.get(&b.name).cloned().unwrap_or_default();
        let mut spans: Vec<Span> = same.iter().map(|i| self.bindings[*i].span).collect();
        spans.extend(self.references.iter().filter(|r| r.resolved.is_some_and(|x| same.contains(&x))).map(|r| r.span));
        spans.sort();
        spans.dedup();
        spans
    }

    /// The binding whose identifier, or a reference to it, covers `offset`.
    pub fn symbol_at(&self, offset: u32) -> Option<BindingId> {
        if let Some(r) = self.references.iter().find(|r| r.span.contains(offset)) {
            return r.resolved;
        }
        self.bindings.iter().position(|b| b.span.contains(offset) && b.kind != BindingKind::StarImport)
    }
}

/// When the line holding `offset` is blank up to `offset`, the cursor column.
fn blank_line_column(text: &str, offset: usize) -> Option<u32> {
    let before = text.get(..offset.min(text.len()))?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = &before[line_start..];
    line.chars().all(|c| c == ' ' || c == '\t').then_some(line.len() as u32)
}
