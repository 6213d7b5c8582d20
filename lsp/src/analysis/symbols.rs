//! The outline of a program: classes, functions, methods, module variables.

use upy_syntax::ast::{ExprKind, Stmt, StmtKind};
use upy_syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Class,
    Function,
    Method,
    Variable,
    Constant,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub kind: SymbolKind,
    /// The whole definition.
    pub span: Span,
    /// The name itself.
    pub name_span: Span,
    pub detail: Option<String>,
    pub children: Vec<Symbol>,
}

pub fn symbols(body: &[Stmt], text: &str) -> Vec<Symbol> {
    collect(body, text, false)
}

fn collect(body: &[Stmt], text: &str, in_class: bool) -> Vec<Symbol> {
    let mut out = Vec::new();
    for s in body {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let sig = super::callable::Signature::from_ast(&f.params, f.returns.as_ref(), text);
                out.push(Symbol {
                    name: f.name.name.clone(),
                    kind: if in_class { SymbolKind::Method } else { SymbolKind::Function },
                    span: s.span,
                    name_span: f.name.span,
                    detail: Some(format!("({})", sig.param_labels().join(", "))),
                    children: Vec::new(),
                });
            }
            StmtKind::ClassDef(c) => out.push(Symbol {
                name: c.name.name.clone(),
                kind: SymbolKind::Class,
                span: s.span,
                name_span: c.name.span,
                detail: None,
                children: collect(&c.body, text, true),
            }),
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    push_target(t, s.span, &mut out);
                }
            }
            StmtKind::AnnAssign { target, .. } => push_target(target, s.span, &mut out),
            // Definitions under `if`/`try` at the top level still belong to it.
            StmtKind::If { body, orelse, .. } if !in_class => {
                out.extend(collect(body, text, false));
                out.extend(collect(orelse, text, false));
            }
            StmtKind::Try { body, handlers, orelse, finalbody } if !in_class => {
                out.extend(collect(body, text, false));
                for h in handlers {
                    out.extend(collect(&h.body, text, false));
                }
                out.extend(collect(orelse, text, false));
                out.extend(collect(finalbody, text, false));
            }
            _ => {}
        }
    }
    out
}

fn push_target(t: &upy_syntax::ast::Expr, stmt_span: Span, out: &mut Vec<Symbol>) {
    match &t.kind {
        ExprKind::Name(n) => {
            let is_const = n.chars().all(|c| c.is_uppercase() || c == '_' || c.is_ascii_digit())
                && n.chars().any(char::is_alphabetic);
            if out.iter().any(|s| &s.name == n) {
                return;
            }
            out.push(Symbol {
                name: n.clone(),
                kind: if is_const { SymbolKind::Constant } else { SymbolKind::Variable },
                span: stmt_span,
                name_span: t.span,
                detail: None,
                children: Vec::new(),
            });
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| push_target(i, stmt_span, out)),
        _ => {}
    }
}
