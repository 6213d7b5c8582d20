//! What an edit re-parsed, kept with the analysis it produced: the module
//! level before the edit (`EnvView`), the edit, and the new top-level
//! statements. Completion and signature help ask for a model right after a
//! keystroke, usually one that leaves the program with a syntax error; for
//! a cursor inside those statements the module level and they are all the
//! model that is needed (`Patch::model`), built in a fraction of the time
//! the whole program's takes.

use super::env::{shift_model, EnvView};
use super::{StmtRef, TextDiff};
use crate::analysis::model::{self, Model};
use crate::analysis::stubs::StubSet;
use upy_syntax::ast::Stmt;
use upy_syntax::Span;

pub struct Patch {
    pub before: EnvView,
    pub diff: TextDiff,
    /// Where the replaced statements were, before the edit.
    pub old: Span,
    /// Where the new ones are.
    pub new: Span,
    pub stmts: Vec<StmtRef>,
}

impl Patch {
    /// Is `offset` (after the edit) inside the re-parsed statements?
    pub fn covers(&self, offset: usize) -> bool {
        (self.new.start as usize) <= offset && offset <= self.new.end as usize
    }

    /// The module level with the new statements in place of the old ones:
    /// scopes, bindings and references of the new statements, only the
    /// bindings of the rest.
    pub fn model(&self, text: &str, stubs: &StubSet) -> Model {
        let mut m = self.before.materialize();
        let old = self.old;
        let replaced = |s: Span| s.start >= old.start && s.start < old.end;
        let bindings = &m.bindings;
        for scope in &mut m.scopes {
            scope.names.retain(|_, ids| {
                ids.retain(|id| !replaced(bindings[*id].stmt_span));
                !ids.is_empty()
            });
        }
        let scopes = &m.scopes;
        let kept: Vec<usize> =
            scopes[Model::MODULE].children.iter().copied().filter(|c| !replaced(scopes[*c].span)).collect();
        m.scopes[Model::MODULE].children = kept;
        shift_model(&mut m, &[self.diff]);
        let stmts: Vec<Stmt> = self.stmts.iter().map(|r| r.stmt().into_owned()).collect();
        model::add_statements(m, text, stubs, &stmts)
    }
}
