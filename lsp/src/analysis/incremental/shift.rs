//! Moving the spans of a syntax tree across edits that changed no token
//! inside it: the tree stays, only positions change.

use upy_syntax::ast::{
    Alias, Arg, Comprehension, DictItem, ExceptHandler, Expr, ExprKind, FStringPart, Ident, Parameters, Stmt, StmtKind,
};
use upy_syntax::Span;

use super::TextDiff;

/// Moves every offset across `diffs`, applied in order. Each edit lay
/// between tokens, so a span's start never falls inside one; an end at an
/// insertion point stays before it.
pub fn map_stmt(s: &mut Stmt, diffs: &[TextDiff]) {
    if diffs.is_empty() {
        return;
    }
    let across = |p: u32, is_start: bool| {
        diffs.iter().fold(p, |p, d| if is_start { d.map_start(p) } else { d.map_end(p) }.unwrap_or(p))
    };
    Shift(across).stmt(s);
}

/// Maps an offset, told whether it starts or ends a span.
struct Shift<F: Fn(u32, bool) -> u32>(F);

impl<F: Fn(u32, bool) -> u32> Shift<F> {
    fn span(&self, s: &mut Span) {
        s.start = (self.0)(s.start, true);
        s.end = (self.0)(s.end, false);
    }

    fn ident(&self, i: &mut Ident) {
        self.span(&mut i.span);
    }

    fn body(&self, body: &mut [Stmt]) {
        body.iter_mut().for_each(|s| self.stmt(s));
    }

    fn exprs(&self, es: &mut [Expr]) {
        es.iter_mut().for_each(|e| self.expr(e));
    }

    fn opt(&self, e: &mut Option<Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn opt_box(&self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn stmt(&self, s: &mut Stmt) {
        self.span(&mut s.span);
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.expr(target);
                self.expr(annotation);
                self.opt(value);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Error => {}
            StmtKind::Return(e) => self.opt(e),
            StmtKind::Raise { exc, cause } => {
                self.opt(exc);
                self.opt(cause);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.body(body);
                handlers.iter_mut().for_each(|h| self.handler(h));
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&mut i.context);
                    self.opt(&mut i.target);
                }
                self.body(body);
            }
            StmtKind::FunctionDef(f) => {
                self.ident(&mut f.name);
                self.params(&mut f.params);
                self.opt(&mut f.returns);
                self.body(&mut f.body);
                self.exprs(&mut f.decorators);
            }
            StmtKind::ClassDef(c) => {
                self.ident(&mut c.name);
                c.bases.iter_mut().for_each(|a| self.arg(a));
                self.body(&mut c.body);
                self.exprs(&mut c.decorators);
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => names.iter_mut().for_each(|n| self.ident(n)),
            StmtKind::Delete(targets) => self.exprs(targets),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg);
            }
            StmtKind::Import(aliases) => aliases.iter_mut().for_each(|a| self.alias(a)),
            StmtKind::ImportFrom { module, names, .. } => {
                if let Some(m) = module {
                    self.ident(m);
                }
                names.iter_mut().for_each(|a| self.alias(a));
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.span(&mut c.span);
                    self.expr(&mut c.pattern);
                    self.opt(&mut c.guard);
                    self.body(&mut c.body);
                }
            }
        }
    }

    fn handler(&self, h: &mut ExceptHandler) {
        self.span(&mut h.span);
        self.opt(&mut h.typ);
        if let Some(n) = &mut h.name {
            self.ident(n);
        }
        self.body(&mut h.body);
    }

    fn alias(&self, a: &mut Alias) {
        self.ident(&mut a.name);
        if let Some(n) = &mut a.asname {
            self.ident(n);
        }
    }

    fn params(&self, p: &mut Parameters) {
        self.span(&mut p.span);
        let Parameters { posonly, args, vararg, kwonly, kwarg, .. } = p;
        for param in posonly
            .iter_mut()
            .chain(args.iter_mut())
            .chain(vararg.iter_mut())
            .chain(kwonly.iter_mut())
            .chain(kwarg.iter_mut())
        {
            self.ident(&mut param.name);
            self.opt(&mut param.annotation);
            self.opt(&mut param.default);
        }
    }

    fn arg(&self, a: &mut Arg) {
        match a {
            Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => self.expr(e),
            Arg::Keyword { name, value } => {
                self.ident(name);
                self.expr(value);
            }
        }
    }

    fn comprehensions(&self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn fstring(&self, parts: &mut [FStringPart]) {
        for part in parts {
            if let FStringPart::Field { expr, format_spec, .. } = part {
                self.expr(expr);
                if let Some(spec) = format_spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn expr(&self, e: &mut Expr) {
        self.span(&mut e.span);
        match &mut e.kind {
            ExprKind::Name(_) | ExprKind::Const(_) | ExprKind::Error => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                args.iter_mut().for_each(|a| self.arg(a));
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                self.ident(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_box(lower);
                self.opt_box(upper);
                self.opt_box(step);
            }
            ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => self.expr(x),
            ExprKind::Yield(x) => self.opt_box(x),
            ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Set(xs) => self.exprs(xs),
            ExprKind::Dict(items) => {
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Unpack(x) => self.expr(x),
                    }
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
            }
            ExprKind::Lambda { params, body } => {
                self.params(params);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
                self.ident(target);
                self.expr(value);
            }
        }
    }
}

/// Moves every offset of a statement by the same distance: a statement
/// wholly before or after an edit.
pub fn offset_stmt(s: &mut Stmt, by: i64) {
    if by != 0 {
        Shift(|p: u32, _| (p as i64 + by) as u32).stmt(s);
    }
}
