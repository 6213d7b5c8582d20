//! A pre-order walk over every statement and expression of a body, for
//! checks that look at nodes one at a time.

use upy_syntax::ast::{Arg, DictItem, Expr, ExprKind, FStringPart, Stmt, StmtKind};

pub trait Visitor {
    fn stmt(&mut self, _stmt: &Stmt) {}
    fn expr(&mut self, _expr: &Expr) {}
}

pub fn walk_body(v: &mut impl Visitor, body: &[Stmt]) {
    for s in body {
        walk_stmt(v, s);
    }
}

pub fn walk_stmt(v: &mut impl Visitor, s: &Stmt) {
    v.stmt(s);
    match &s.kind {
        StmtKind::Expr(e) => walk_expr(v, e),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| walk_expr(v, t));
            walk_expr(v, value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            walk_expr(v, target);
            walk_expr(v, value);
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            walk_expr(v, target);
            walk_expr(v, annotation);
            if let Some(x) = value {
                walk_expr(v, x);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            walk_expr(v, test);
            walk_body(v, body);
            walk_body(v, orelse);
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            walk_expr(v, target);
            walk_expr(v, iter);
            walk_body(v, body);
            walk_body(v, orelse);
        }
        StmtKind::Return(e) => e.iter().for_each(|e| walk_expr(v, e)),
        StmtKind::Raise { exc, cause } => [exc, cause].into_iter().flatten().for_each(|e| walk_expr(v, e)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            walk_body(v, body);
            for h in handlers {
                h.typ.iter().for_each(|t| walk_expr(v, t));
                walk_body(v, &h.body);
            }
            walk_body(v, orelse);
            walk_body(v, finalbody);
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                walk_expr(v, &i.context);
                i.target.iter().for_each(|t| walk_expr(v, t));
            }
            walk_body(v, body);
        }
        StmtKind::FunctionDef(f) => {
            f.decorators.iter().for_each(|d| walk_expr(v, d));
            let p = &f.params;
            for param in p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg) {
                param.annotation.iter().for_each(|a| walk_expr(v, a));
                param.default.iter().for_each(|d| walk_expr(v, d));
            }
            f.returns.iter().for_each(|r| walk_expr(v, r));
            walk_body(v, &f.body);
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().for_each(|d| walk_expr(v, d));
            c.bases.iter().for_each(|a| walk_arg(v, a));
            walk_body(v, &c.body);
        }
        StmtKind::Delete(targets) => targets.iter().for_each(|t| walk_expr(v, t)),
        StmtKind::Assert { test, msg } => {
            walk_expr(v, test);
            msg.iter().for_each(|m| walk_expr(v, m));
        }
        StmtKind::Match { subject, cases } => {
            walk_expr(v, subject);
            for c in cases {
                walk_expr(v, &c.pattern);
                c.guard.iter().for_each(|g| walk_expr(v, g));
                walk_body(v, &c.body);
            }
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Error => {}
    }
}

fn walk_arg(v: &mut impl Visitor, a: &Arg) {
    match a {
        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => walk_expr(v, e),
        Arg::Keyword { value, .. } => walk_expr(v, value),
    }
}

fn walk_fstring(v: &mut impl Visitor, parts: &[FStringPart]) {
    for p in parts {
        if let FStringPart::Field { expr, format_spec, .. } = p {
            walk_expr(v, expr);
            if let Some(spec) = format_spec {
                walk_fstring(v, spec);
            }
        }
    }
}

pub fn walk_expr(v: &mut impl Visitor, e: &Expr) {
    v.expr(e);
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Const(_) | ExprKind::Error => {}
        ExprKind::FString(parts) => walk_fstring(v, parts),
        ExprKind::BinOp { left, right, .. } => {
            walk_expr(v, left);
            walk_expr(v, right);
        }
        ExprKind::UnaryOp { operand, .. } => walk_expr(v, operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|x| walk_expr(v, x)),
        ExprKind::Compare { left, comparators, .. } => {
            walk_expr(v, left);
            comparators.iter().for_each(|c| walk_expr(v, c));
        }
        ExprKind::Call { func, args } => {
            walk_expr(v, func);
            args.iter().for_each(|a| walk_arg(v, a));
        }
        ExprKind::Attribute { value, .. } => walk_expr(v, value),
        ExprKind::Subscript { value, index } => {
            walk_expr(v, value);
            walk_expr(v, index);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().for_each(|x| walk_expr(v, x))
        }
        ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => walk_expr(v, x),
        ExprKind::Yield(x) => x.iter().for_each(|x| walk_expr(v, x)),
        ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Set(xs) => xs.iter().for_each(|x| walk_expr(v, x)),
        ExprKind::Dict(items) => {
            for i in items {
                match i {
                    DictItem::Pair(k, x) => {
                        walk_expr(v, k);
                        walk_expr(v, x);
                    }
                    DictItem::Unpack(x) => walk_expr(v, x),
                }
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            for g in generators {
                walk_expr(v, &g.target);
                walk_expr(v, &g.iter);
                g.ifs.iter().for_each(|c| walk_expr(v, c));
            }
            walk_expr(v, elt);
        }
        ExprKind::DictComp { key, value, generators } => {
            for g in generators {
                walk_expr(v, &g.target);
                walk_expr(v, &g.iter);
                g.ifs.iter().for_each(|c| walk_expr(v, c));
            }
            walk_expr(v, key);
            walk_expr(v, value);
        }
        ExprKind::Lambda { params, body } => {
            for param in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
                param.default.iter().for_each(|d| walk_expr(v, d));
            }
            walk_expr(v, body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            walk_expr(v, test);
            walk_expr(v, body);
            walk_expr(v, orelse);
        }
        ExprKind::NamedExpr { value, .. } => walk_expr(v, value),
    }
}
