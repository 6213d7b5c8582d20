//! Semantic tokens: each name classified by what it is bound to, so an
//! editor colours modules, classes, functions, parameters and builtins apart.

use super::infer::Ty;
use super::model::{BindingKind, Lookup};
use super::stubs::StubKind;
use super::Analysis;
use upy_syntax::ast::{Expr, ExprKind};
use upy_syntax::visit::{walk_expr, Visitor};
use upy_syntax::Span;

/// Token types, in the order the server advertises them.
pub const TOKEN_TYPES: &[&str] =
    &["namespace", "class", "function", "method", "parameter", "variable", "property", "enumMember"];
/// Modifier bits, in the order advertised.
pub const TOKEN_MODIFIERS: &[&str] = &["declaration", "defaultLibrary", "readonly"];

pub const DECLARATION: u32 = 1;
pub const DEFAULT_LIBRARY: u32 = 2;
pub const READONLY: u32 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub token_type: u32,
    pub modifiers: u32,
}

pub fn tokens(a: &Analysis) -> Vec<Token> {
    let m = a.model();
    let infer = a.infer();
    let mut out = Vec::new();
    for (id, b) in m.bindings.iter().enumerate() {
        if b.kind == BindingKind::StarImport {
            continue;
        }
        if let Some(t) = binding_type(a, id, &infer) {
            out.push(Token { span: b.span, token_type: t, modifiers: DECLARATION });
        }
    }
    for r in &m.references {
        let (t, mods) = match r.resolved {
            Some(id) => match binding_type(a, id, &infer) {
                Some(t) => (t, 0),
                None => continue,
            },
            None => match m.lookup(r.scope, &r.name, Some(r.span.start)) {
                Lookup::Builtin => {
                    let t = if r.name.starts_with(|c: char| c.is_uppercase()) { 1 } else { 2 };
                    (t, DEFAULT_LIBRARY)
                }
                _ => continue,
            },
        };
        out.push(Token { span: r.span, token_type: t, modifiers: mods });
    }
    struct Attrs<'a, 'b> {
        a: &'a Analysis,
        infer: &'a super::infer::Infer<'b>,
        out: &'a mut Vec<Token>,
    }
    impl<'v> Visitor<'v> for Attrs<'_, '_> {
        fn visit_expr(&mut self, e: &'v Expr) {
            self.on_expr(e);
            walk_expr(self, e);
        }
    }

    impl Attrs<'_, '_> {
        fn on_expr(&mut self, e: &Expr) {
            let ExprKind::Attribute { value, attr } = &e.kind else { return };
            let Some(owner) = self.a.expr_ty(value) else { return };
            let member = self.infer.member(&owner, &attr.name);
            let (t, mods) = match member {
                Some(Ty::Module(_)) => (0, DEFAULT_LIBRARY),
                Some(Ty::Stub(r)) => match self.a.stubs.get(&r).map(|i| i.kind) {
                    Some(StubKind::Class) => (1, DEFAULT_LIBRARY),
                    Some(StubKind::Function) => (3, DEFAULT_LIBRARY),
                    Some(StubKind::Constant) => (7, DEFAULT_LIBRARY | READONLY),
                    _ => (6, DEFAULT_LIBRARY),
                },
                Some(Ty::UserFunction(_)) => (3, 0),
                Some(Ty::UserClass(_)) => (1, 0),
                _ => (6, 0),
            };
            self.out.push(Token { span: attr.span, token_type: t, modifiers: mods });
        }
    }
    Attrs { a, infer: &infer, out: &mut out }.visit_body(&a.module().body);
    out.sort_by_key(|t| (t.span.start, t.span.end));
    out.dedup_by_key(|t| t.span.start);
    out
}

fn binding_type(a: &Analysis, id: usize, infer: &super::infer::Infer<'_>) -> Option<u32> {
    let b = &a.model().bindings[id];
    Some(match b.kind {
        BindingKind::Import => 0,
        BindingKind::Class => 1,
        BindingKind::Function if b.function.as_ref().is_some_and(|f| f.is_method) => 3,
        BindingKind::Function => 2,
        BindingKind::Parameter => 4,
        BindingKind::FromImport => match infer.binding(id) {
            Some(Ty::Module(_)) => 0,
            Some(Ty::Stub(r)) => match a.stubs.get(&r).map(|i| i.kind) {
                Some(StubKind::Class) => 1,
                Some(StubKind::Function) => 2,
                _ => 5,
            },
            _ => 5,
        },
        _ => 5,
    })
}
