//! A readable, indented text form of a syntax tree, one node per line with
//! its span: what the snapshot tests compare and what a person reads when a
//! parse looks wrong.
//!
//! ```text
//! Assign 0..5
//!   target: Name x 0..1
//!   value: Const 1 4..5
//! ```

use crate::ast::*;
use crate::span::Span;
use std::fmt::Write;

pub fn dump_module(module: &Module) -> String {
    let mut out = Dump { text: String::new(), indent: 0 };
    for stmt in &module.body {
        out.stmt("", stmt);
    }
    out.text
}

struct Dump {
    text: String,
    indent: usize,
}

impl Dump {
    fn line(&mut self, label: &str, what: &str, span: Option<Span>) {
        for _ in 0..self.indent {
            self.text.push_str("  ");
        }
        if !label.is_empty() {
            self.text.push_str(label);
            self.text.push_str(": ");
        }
        self.text.push_str(what);
        if let Some(span) = span {
            let _ = write!(self.text, " {}..{}", span.start, span.end);
        }
        self.text.push('\n');
    }

    fn nested(&mut self, f: impl FnOnce(&mut Dump)) {
        self.indent += 1;
        f(self);
        self.indent -= 1;
    }

    fn block(&mut self, label: &str, body: &[Stmt]) {
        if body.is_empty() {
            return;
        }
        self.line(label, "", None);
        self.nested(|d| body.iter().for_each(|s| d.stmt("", s)));
    }

    fn exprs(&mut self, label: &str, exprs: &[Expr]) {
        for e in exprs {
            self.expr(label, e);
        }
    }

    fn opt_expr(&mut self, label: &str, e: &Option<Expr>) {
        if let Some(e) = e {
            self.expr(label, e);
        }
    }

    fn ident(&mut self, label: &str, ident: &Ident) {
        self.line(label, &format!("Ident {}", ident.name), Some(ident.span));
    }

    fn stmt(&mut self, label: &str, stmt: &Stmt) {
        let span = Some(stmt.span);
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.line(label, "Expr", span);
                self.nested(|d| d.expr("", e));
            }
            StmtKind::Assign { targets, value } => {
                self.line(label, "Assign", span);
                self.nested(|d| {
                    d.exprs("target", targets);
                    d.expr("value", value);
                });
            }
            StmtKind::AugAssign { target, op, value } => {
                self.line(label, &format!("AugAssign {op:?}"), span);
                self.nested(|d| {
                    d.expr("target", target);
                    d.expr("value", value);
                });
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.line(label, "AnnAssign", span);
                self.nested(|d| {
                    d.expr("target", target);
                    d.expr("annotation", annotation);
                    d.opt_expr("value", value);
                });
            }
            StmtKind::If { test, body, orelse } => {
                self.line(label, "If", span);
                self.nested(|d| {
                    d.expr("test", test);
                    d.block("body", body);
                    d.block("orelse", orelse);
                });
            }
            StmtKind::While { test, body, orelse } => {
                self.line(label, "While", span);
                self.nested(|d| {
                    d.expr("test", test);
                    d.block("body", body);
                    d.block("orelse", orelse);
                });
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                self.line(label, if *is_async { "AsyncFor" } else { "For" }, span);
                self.nested(|d| {
                    d.expr("target", target);
                    d.expr("iter", iter);
                    d.block("body", body);
                    d.block("orelse", orelse);
                });
            }
            StmtKind::Break => self.line(label, "Break", span),
            StmtKind::Continue => self.line(label, "Continue", span),
            StmtKind::Pass => self.line(label, "Pass", span),
            StmtKind::Return(value) => {
                self.line(label, "Return", span);
                self.nested(|d| d.opt_expr("", value));
            }
            StmtKind::Raise { exc, cause } => {
                self.line(label, "Raise", span);
                self.nested(|d| {
                    d.opt_expr("exc", exc);
                    d.opt_expr("cause", cause);
                });
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.line(label, "Try", span);
                self.nested(|d| {
                    d.block("body", body);
                    for h in handlers {
                        d.line("handler", "ExceptHandler", Some(h.span));
                        d.nested(|d| {
                            d.opt_expr("type", &h.typ);
                            if let Some(name) = &h.name {
                                d.ident("name", name);
                            }
                            d.block("body", &h.body);
                        });
                    }
                    d.block("orelse", orelse);
                    d.block("finally", finalbody);
                });
            }
            StmtKind::With { is_async, items, body } => {
                self.line(label, if *is_async { "AsyncWith" } else { "With" }, span);
                self.nested(|d| {
                    for item in items {
                        d.expr("context", &item.context);
                        d.opt_expr("as", &item.target);
                    }
                    d.block("body", body);
                });
            }
            StmtKind::FunctionDef(def) => {
                let kind = if def.is_async { "AsyncFunctionDef" } else { "FunctionDef" };
                self.line(label, &format!("{kind} {}", def.name.name), span);
                self.nested(|d| {
                    d.exprs("decorator", &def.decorators);
                    d.ident("name", &def.name);
                    d.params(&def.params);
                    d.opt_expr("returns", &def.returns);
                    d.block("body", &def.body);
                });
            }
            StmtKind::ClassDef(class) => {
                self.line(label, &format!("ClassDef {}", class.name.name), span);
                self.nested(|d| {
                    d.exprs("decorator", &class.decorators);
                    d.ident("name", &class.name);
                    for arg in &class.bases {
                        d.arg("base", arg);
                    }
                    d.block("body", &class.body);
                });
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kind = if matches!(stmt.kind, StmtKind::Global(_)) { "Global" } else { "Nonlocal" };
                self.line(label, kind, span);
                self.nested(|d| names.iter().for_each(|n| d.ident("", n)));
            }
            StmtKind::Delete(targets) => {
                self.line(label, "Delete", span);
                self.nested(|d| d.exprs("", targets));
            }
            StmtKind::Assert { test, msg } => {
                self.line(label, "Assert", span);
                self.nested(|d| {
                    d.expr("test", test);
                    d.opt_expr("msg", msg);
                });
            }
            StmtKind::Import(names) => {
                self.line(label, "Import", span);
                self.nested(|d| names.iter().for_each(|a| d.alias(a)));
            }
            StmtKind::ImportFrom { module, names, level } => {
                let module_name = module.as_ref().map_or("", |m| m.name.as_str());
                self.line(label, &format!("ImportFrom {}{module_name}", ".".repeat(*level as usize)), span);
                self.nested(|d| {
                    if let Some(m) = module {
                        d.ident("module", m);
                    }
                    names.iter().for_each(|a| d.alias(a));
                });
            }
            StmtKind::Match { subject, cases } => {
                self.line(label, "Match", span);
                self.nested(|d| {
                    d.expr("subject", subject);
                    for case in cases {
                        d.line("case", "MatchCase", Some(case.span));
                        d.nested(|d| {
                            d.expr("pattern", &case.pattern);
                            d.opt_expr("guard", &case.guard);
                            d.block("body", &case.body);
                        });
                    }
                });
            }
            StmtKind::Error => self.line(label, "Error", span),
        }
    }

    fn alias(&mut self, alias: &Alias) {
        match &alias.asname {
            Some(asname) => self.line(
                "",
                &format!("Alias {} as {}", alias.name.name, asname.name),
                Some(alias.name.span.to(asname.span)),
            ),
            None => self.line("", &format!("Alias {}", alias.name.name), Some(alias.name.span)),
        }
    }

    fn params(&mut self, params: &Parameters) {
        let all_empty = params.posonly.is_empty()
            && params.args.is_empty()
            && params.vararg.is_none()
            && params.kwonly.is_empty()
            && params.kwarg.is_none();
        if all_empty {
            return;
        }
        self.line("params", "Parameters", Some(params.span));
        self.nested(|d| {
            params.posonly.iter().for_each(|p| d.param("posonly", p));
            params.args.iter().for_each(|p| d.param("arg", p));
            if let Some(p) = &params.vararg {
                d.param("vararg", p);
            }
            params.kwonly.iter().for_each(|p| d.param("kwonly", p));
            if let Some(p) = &params.kwarg {
                d.param("kwarg", p);
            }
        });
    }

    fn param(&mut self, label: &str, param: &Param) {
        self.line(label, &format!("Param {}", param.name.name), Some(param.name.span));
        self.nested(|d| {
            d.opt_expr("annotation", &param.annotation);
            d.opt_expr("default", &param.default);
        });
    }

    fn arg(&mut self, label: &str, arg: &Arg) {
        match arg {
            Arg::Positional(e) => self.expr(label, e),
            Arg::Starred(e) => {
                self.line(label, "StarArg", None);
                self.nested(|d| d.expr("", e));
            }
            Arg::Keyword { name, value } => {
                self.line(label, &format!("Keyword {}", name.name), Some(name.span));
                self.nested(|d| d.expr("", value));
            }
            Arg::DoubleStarred(e) => {
                self.line(label, "DoubleStarArg", None);
                self.nested(|d| d.expr("", e));
            }
        }
    }

    fn generators(&mut self, generators: &[Comprehension]) {
        for g in generators {
            self.line("generator", if g.is_async { "AsyncComprehension" } else { "Comprehension" }, None);
            self.nested(|d| {
                d.expr("target", &g.target);
                d.expr("iter", &g.iter);
                d.exprs("if", &g.ifs);
            });
        }
    }

    fn fstring_parts(&mut self, label: &str, parts: &[FStringPart]) {
        for part in parts {
            match part {
                FStringPart::Literal(text) => self.line(label, &format!("Literal {text:?}"), None),
                FStringPart::Field { expr, debug_text, conversion, format_spec } => {
                    let mut what = String::from("Field");
                    if let Some(text) = debug_text {
                        let _ = write!(what, " debug={text:?}");
                    }
                    if let Some(c) = conversion {
                        let _ = write!(what, " !{c}");
                    }
                    self.line(label, &what, None);
                    self.nested(|d| {
                        d.expr("", expr);
                        if let Some(spec) = format_spec {
                            d.line("spec", "", None);
                            d.nested(|d| d.fstring_parts("", spec));
                        }
                    });
                }
            }
        }
    }

    fn expr(&mut self, label: &str, e: &Expr) {
        let span = Some(e.span);
        match &e.kind {
            ExprKind::Name(name) => self.line(label, &format!("Name {name}"), span),
            ExprKind::Const(c) => self.line(label, &format!("Const {}", constant(c)), span),
            ExprKind::FString(parts) => {
                self.line(label, "FString", span);
                self.nested(|d| d.fstring_parts("", parts));
            }
            ExprKind::BinOp { left, op, right } => {
                self.line(label, &format!("BinOp {op:?}"), span);
                self.nested(|d| {
                    d.expr("", left);
                    d.expr("", right);
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                self.line(label, &format!("UnaryOp {op:?}"), span);
                self.nested(|d| d.expr("", operand));
            }
            ExprKind::BoolOp { op, values } => {
                self.line(label, &format!("BoolOp {op:?}"), span);
                self.nested(|d| d.exprs("", values));
            }
            ExprKind::Compare { left, ops, comparators } => {
                let ops: Vec<String> = ops.iter().map(|o| format!("{o:?}")).collect();
                self.line(label, &format!("Compare {}", ops.join(" ")), span);
                self.nested(|d| {
                    d.expr("", left);
                    d.exprs("", comparators);
                });
            }
            ExprKind::Call { func, args } => {
                self.line(label, "Call", span);
                self.nested(|d| {
                    d.expr("func", func);
                    args.iter().for_each(|a| d.arg("arg", a));
                });
            }
            ExprKind::Attribute { value, attr } => {
                self.line(label, &format!("Attribute .{}", attr.name), span);
                self.nested(|d| d.expr("", value));
            }
            ExprKind::Subscript { value, index } => {
                self.line(label, "Subscript", span);
                self.nested(|d| {
                    d.expr("value", value);
                    d.expr("index", index);
                });
            }
            ExprKind::Slice { lower, upper, step } => {
                self.line(label, "Slice", span);
                self.nested(|d| {
                    if let Some(x) = lower {
                        d.expr("lower", x);
                    }
                    if let Some(x) = upper {
                        d.expr("upper", x);
                    }
                    if let Some(x) = step {
                        d.expr("step", x);
                    }
                });
            }
            ExprKind::Starred(value) => {
                self.line(label, "Starred", span);
                self.nested(|d| d.expr("", value));
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                let kind = match e.kind {
                    ExprKind::List(_) => "List",
                    ExprKind::Tuple(_) => "Tuple",
                    _ => "Set",
                };
                self.line(label, kind, span);
                self.nested(|d| d.exprs("", items));
            }
            ExprKind::Dict(items) => {
                self.line(label, "Dict", span);
                self.nested(|d| {
                    for item in items {
                        match item {
                            DictItem::Pair(k, v) => {
                                d.expr("key", k);
                                d.expr("value", v);
                            }
                            DictItem::Unpack(v) => d.expr("**", v),
                        }
                    }
                });
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let kind = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                self.line(label, kind, span);
                self.nested(|d| {
                    d.expr("elt", elt);
                    d.generators(generators);
                });
            }
            ExprKind::DictComp { key, value, generators } => {
                self.line(label, "DictComp", span);
                self.nested(|d| {
                    d.expr("key", key);
                    d.expr("value", value);
                    d.generators(generators);
                });
            }
            ExprKind::Lambda { params, body } => {
                self.line(label, "Lambda", span);
                self.nested(|d| {
                    d.params(params);
                    d.expr("body", body);
                });
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.line(label, "IfExp", span);
                self.nested(|d| {
                    d.expr("test", test);
                    d.expr("body", body);
                    d.expr("orelse", orelse);
                });
            }
            ExprKind::NamedExpr { target, value } => {
                self.line(label, &format!("NamedExpr {}", target.name), span);
                self.nested(|d| d.expr("", value));
            }
            ExprKind::Await(value) => {
                self.line(label, "Await", span);
                self.nested(|d| d.expr("", value));
            }
            ExprKind::Yield(value) => {
                self.line(label, "Yield", span);
                if let Some(value) = value {
                    self.nested(|d| d.expr("", value));
                }
            }
            ExprKind::YieldFrom(value) => {
                self.line(label, "YieldFrom", span);
                self.nested(|d| d.expr("", value));
            }
            ExprKind::Error => self.line(label, "Error", span),
        }
    }
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "...".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => format!("{i} (big)"),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Imag(f) => format!("{f:?}j"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b\"{}\"", b.escape_ascii()),
    }
}
