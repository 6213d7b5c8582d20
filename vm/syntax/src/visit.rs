//! The one walk over the syntax tree. A `Visitor` overrides the `visit_*`
//! methods for the nodes it cares about and calls the matching `walk_*`
//! function to go on into the children (or does not, to skip them, or
//! walks them its own way: a new scope for a function body).
//!
//! Children are visited in the order MicroPython evaluates them: an
//! assignment's value before its targets, a loop's iterable before its
//! target, decorators and defaults before the body they belong to.
//! Assignment targets go through `visit_target`, so a visitor can tell a
//! store from a load without a context flag on every name.

use crate::ast::*;

pub trait Visitor<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        walk_expr(self, expr);
    }

    /// A place a value is stored into (or deleted from): assignment and
    /// loop targets, `with ... as`, `del`. The default visits it as an
    /// expression.
    fn visit_target(&mut self, target: &'a Expr) {
        self.visit_expr(target);
    }

    fn visit_body(&mut self, body: &'a [Stmt]) {
        walk_body(self, body);
    }
}

pub fn walk_body<'a, V: Visitor<'a> + ?Sized>(v: &mut V, body: &'a [Stmt]) {
    for s in body {
        v.visit_stmt(s);
    }
}

pub fn walk_stmt<'a, V: Visitor<'a> + ?Sized>(v: &mut V, s: &'a Stmt) {
    match &s.kind {
        StmtKind::Expr(e) => v.visit_expr(e),
        StmtKind::Assign { targets, value } => {
            v.visit_expr(value);
            targets.iter().for_each(|t| v.visit_target(t));
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.visit_expr(value);
            v.visit_target(target);
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            v.visit_expr(annotation);
            if let Some(x) = value {
                v.visit_expr(x);
            }
            v.visit_target(target);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            v.visit_expr(test);
            v.visit_body(body);
            v.visit_body(orelse);
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            v.visit_expr(iter);
            v.visit_target(target);
            v.visit_body(body);
            v.visit_body(orelse);
        }
        StmtKind::Return(e) => e.iter().for_each(|e| v.visit_expr(e)),
        StmtKind::Raise { exc, cause } => [exc, cause].into_iter().flatten().for_each(|e| v.visit_expr(e)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            v.visit_body(body);
            for h in handlers {
                h.typ.iter().for_each(|t| v.visit_expr(t));
                v.visit_body(&h.body);
            }
            v.visit_body(orelse);
            v.visit_body(finalbody);
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                v.visit_expr(&i.context);
                i.target.iter().for_each(|t| v.visit_target(t));
            }
            v.visit_body(body);
        }
        StmtKind::FunctionDef(f) => {
            f.decorators.iter().for_each(|d| v.visit_expr(d));
            walk_parameters(v, &f.params);
            f.returns.iter().for_each(|r| v.visit_expr(r));
            v.visit_body(&f.body);
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().for_each(|d| v.visit_expr(d));
            c.bases.iter().for_each(|a| walk_arg(v, a));
            v.visit_body(&c.body);
        }
        StmtKind::Delete(targets) => targets.iter().for_each(|t| v.visit_target(t)),
        StmtKind::Assert { test, msg } => {
            v.visit_expr(test);
            msg.iter().for_each(|m| v.visit_expr(m));
        }
        StmtKind::Match { subject, cases } => {
            v.visit_expr(subject);
            for c in cases {
                v.visit_expr(&c.pattern);
                c.guard.iter().for_each(|g| v.visit_expr(g));
                v.visit_body(&c.body);
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

/// What a definition evaluates where it stands: parameter annotations and
/// defaults (not the body).
pub fn walk_parameters<'a, V: Visitor<'a> + ?Sized>(v: &mut V, p: &'a Parameters) {
    for param in p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg) {
        param.annotation.iter().for_each(|a| v.visit_expr(a));
        param.default.iter().for_each(|d| v.visit_expr(d));
    }
}

pub fn walk_arg<'a, V: Visitor<'a> + ?Sized>(v: &mut V, a: &'a Arg) {
    match a {
        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => v.visit_expr(e),
        Arg::Keyword { value, .. } => v.visit_expr(value),
    }
}

pub fn walk_fstring<'a, V: Visitor<'a> + ?Sized>(v: &mut V, parts: &'a [FStringPart]) {
    for p in parts {
        if let FStringPart::Field { expr, format_spec, .. } = p {
            v.visit_expr(expr);
            if let Some(spec) = format_spec {
                walk_fstring(v, spec);
            }
        }
    }
}

/// A comprehension's loops and conditions, then its element(s).
pub fn walk_comprehension<'a, V: Visitor<'a> + ?Sized>(v: &mut V, generators: &'a [Comprehension], elts: &[&'a Expr]) {
    for g in generators {
        v.visit_expr(&g.iter);
        v.visit_target(&g.target);
        g.ifs.iter().for_each(|c| v.visit_expr(c));
    }
    for e in elts {
        v.visit_expr(e);
    }
}

pub fn walk_expr<'a, V: Visitor<'a> + ?Sized>(v: &mut V, e: &'a Expr) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Const(_) | ExprKind::Error => {}
        ExprKind::FString(parts) => walk_fstring(v, parts),
        ExprKind::BinOp { left, right, .. } => {
            v.visit_expr(left);
            v.visit_expr(right);
        }
        ExprKind::UnaryOp { operand, .. } => v.visit_expr(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|x| v.visit_expr(x)),
        ExprKind::Compare { left, comparators, .. } => {
            v.visit_expr(left);
            comparators.iter().for_each(|c| v.visit_expr(c));
        }
        ExprKind::Call { func, args } => {
            v.visit_expr(func);
            args.iter().for_each(|a| walk_arg(v, a));
        }
        ExprKind::Attribute { value, .. } => v.visit_expr(value),
        ExprKind::Subscript { value, index } => {
            v.visit_expr(value);
            v.visit_expr(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().for_each(|x| v.visit_expr(x))
        }
        ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => v.visit_expr(x),
        ExprKind::Yield(x) => x.iter().for_each(|x| v.visit_expr(x)),
        ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Set(xs) => xs.iter().for_each(|x| v.visit_expr(x)),
        ExprKind::Dict(items) => {
            for i in items {
                match i {
                    DictItem::Pair(k, x) => {
                        v.visit_expr(k);
                        v.visit_expr(x);
                    }
                    DictItem::Unpack(x) => v.visit_expr(x),
                }
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => walk_comprehension(v, generators, &[&**elt]),
        ExprKind::DictComp { key, value, generators } => walk_comprehension(v, generators, &[&**key, &**value]),
        ExprKind::Lambda { params, body } => {
            walk_parameters(v, params);
            v.visit_expr(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            v.visit_expr(test);
            v.visit_expr(body);
            v.visit_expr(orelse);
        }
        ExprKind::NamedExpr { value, .. } => v.visit_expr(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse, ParseOptions};

    /// Names in the order the walk meets them, stores marked with `=`.
    #[derive(Default)]
    struct Names(Vec<String>);

    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let ExprKind::Name(n) = &e.kind {
                self.0.push(n.clone());
            }
            walk_expr(self, e);
        }
        fn visit_target(&mut self, t: &'a Expr) {
            if let ExprKind::Name(n) = &t.kind {
                self.0.push(format!("{n}="));
            } else {
                walk_expr(self, t);
            }
        }
    }

    fn names(src: &str) -> Vec<String> {
        let parsed = parse(src, ParseOptions::default());
        let mut v = Names::default();
        v.visit_body(&parsed.module.body);
        v.0
    }

    #[test]
    fn evaluation_order_and_stores() {
        assert_eq!(names("a = b\n"), ["b", "a="]);
        assert_eq!(names("for i in xs:\n    f(i)\n"), ["xs", "i=", "f", "i"]);
        assert_eq!(names("@d\ndef f(x=y):\n    z\n"), ["d", "y", "z"]);
        assert_eq!(names("[e for t in s if c]\n"), ["s", "t=", "c", "e"]);
        assert_eq!(names("o.a = v\n"), ["v", "o"]);
        assert_eq!(names("with m as w:\n    pass\n"), ["m", "w="]);
        assert_eq!(names("f\"{x:{w}}\"\n"), ["x", "w"]);
    }
}
