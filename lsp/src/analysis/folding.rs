//! Folding regions: compound statements over several lines, `# %%` cells,
//! runs of imports.

use super::cells::cells;
use upy_syntax::ast::{Stmt, StmtKind};
use upy_syntax::visit::{walk_stmt, Visitor};
use upy_syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoldKind {
    Region,
    Imports,
}

pub fn folding_ranges(body: &[Stmt], text: &str) -> Vec<(Span, FoldKind)> {
    struct Blocks(Vec<(Span, FoldKind)>);
    impl<'v> Visitor<'v> for Blocks {
        fn visit_stmt(&mut self, s: &'v Stmt) {
            self.on_stmt(s);
            walk_stmt(self, s);
        }
    }

    impl Blocks {
        fn on_stmt(&mut self, s: &Stmt) {
            let compound = matches!(
                s.kind,
                StmtKind::FunctionDef(_)
                    | StmtKind::ClassDef(_)
                    | StmtKind::If { .. }
                    | StmtKind::For { .. }
                    | StmtKind::While { .. }
                    | StmtKind::Try { .. }
                    | StmtKind::With { .. }
                    | StmtKind::Match { .. }
            );
            if compound {
                self.0.push((s.span, FoldKind::Region));
            }
        }
    }
    let mut v = Blocks(Vec::new());
    v.visit_body(body);
    let mut out = v.0;
    let mut run: Option<Span> = None;
    for s in body {
        if matches!(s.kind, StmtKind::Import(_) | StmtKind::ImportFrom { .. }) {
            run = Some(run.map_or(s.span, |r| r.to(s.span)));
        } else if let Some(r) = run.take() {
            out.push((r, FoldKind::Imports));
        }
    }
    if let Some(r) = run {
        out.push((r, FoldKind::Imports));
    }
    for c in cells(text) {
        // End a cell's fold before the next marker line.
        let end = text[..c.span.end as usize].trim_end().len() as u32;
        out.push((Span::new(c.span.start, end.max(c.span.start)), FoldKind::Region));
    }
    out
}
