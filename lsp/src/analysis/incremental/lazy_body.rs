//! A program's top-level statements without a tree of their own: each is a
//! statement of an earlier analysis's tree, or one parsed for this edit,
//! and the distance it moved since. An edit builds the list in
//! microseconds (one entry per top-level statement); the tree is put
//! together only when something asks for it.

use super::shift::{map_stmt, offset_stmt};
use super::TextDiff;
use crate::analysis::Analysis;
use std::borrow::Cow;
use std::sync::Arc;
use upy_syntax::ast::Stmt;
use upy_syntax::{Span, SyntaxError};

#[derive(Clone)]
enum Source {
    /// Statement `index` of an analysis whose tree is built.
    Tree(Arc<Analysis>, usize),
    Parsed(Arc<Stmt>),
}

#[derive(Clone)]
pub struct StmtRef {
    source: Source,
    /// Added to every offset of the source statement.
    offset: i64,
}

impl StmtRef {
    pub fn parsed(stmt: Stmt) -> StmtRef {
        StmtRef { source: Source::Parsed(Arc::new(stmt)), offset: 0 }
    }

    fn source(&self) -> &Stmt {
        match &self.source {
            Source::Tree(a, i) => &a.module().body[*i],
            Source::Parsed(s) => s,
        }
    }

    /// The statement where it is now.
    pub fn stmt(&self) -> Cow<'_, Stmt> {
        if self.offset == 0 {
            return Cow::Borrowed(self.source());
        }
        let mut s = self.source().clone();
        offset_stmt(&mut s, self.offset);
        Cow::Owned(s)
    }

    pub fn span(&self) -> Span {
        let s = self.source().span;
        let at = |p: u32| (p as i64 + self.offset) as u32;
        Span::new(at(s.start), at(s.end))
    }

    /// The same statement after `d`: moved whole when it lies wholly
    /// before or after the edit, else rebuilt with each offset mapped.
    pub fn across(&self, d: &TextDiff) -> StmtRef {
        let span = self.span();
        if (span.end as usize) < d.start {
            self.clone()
        } else if (span.start as usize) > d.old_end {
            StmtRef { source: self.source.clone(), offset: self.offset + d.delta() }
        } else {
            let mut s = self.stmt().into_owned();
            map_stmt(&mut s, &[*d]);
            StmtRef::parsed(s)
        }
    }
}

/// The top-level statements of a program, and its syntax errors.
#[derive(Clone, Default)]
pub struct LazyBody {
    pub stmts: Vec<StmtRef>,
    pub errors: Vec<SyntaxError>,
}

impl LazyBody {
    /// The statements of `a` as they stand (its own list, or references
    /// into its tree, built if need be).
    pub fn of(a: &Arc<Analysis>) -> LazyBody {
        if let Some(lazy) = a.lazy_body() {
            return lazy;
        }
        let syntax = a.syntax();
        let stmts =
            (0..syntax.module.body.len()).map(|i| StmtRef { source: Source::Tree(a.clone(), i), offset: 0 }).collect();
        LazyBody { stmts, errors: syntax.errors.clone() }
    }

    /// The same program after `d`, an edit that changed no token.
    pub fn across(&self, d: &TextDiff) -> LazyBody {
        LazyBody { stmts: self.stmts.iter().map(|r| r.across(d)).collect(), errors: self.errors.clone() }
    }

    pub fn materialize(&self) -> Vec<Stmt> {
        self.stmts.iter().map(|r| r.stmt().into_owned()).collect()
    }
}
