//! Code CPython runs and MicroPython on the chosen board does not: missing
//! modules and attributes, missing methods of built-in types, keyword
//! arguments to built-ins, `__del__`, attributes on functions, tick
//! arithmetic, exception chaining.

use crate::analysis::board::Board;
use crate::analysis::compat_data::{
    installable_attribute, installable_module, missing_attribute, missing_module, MISSING_INT_METHODS,
    MISSING_STR_METHODS, POSITIONAL_ONLY_BUILTINS,
};
use crate::analysis::diagnostic::{Code, Diagnostic, Fix, Replacement, Severity};
use crate::analysis::guards::{catches_import_error, only_for_checkers};
use crate::analysis::infer::Ty;
use crate::analysis::model::{BuiltinType, Lookup, Origin};
use crate::analysis::Analysis;
use upy_syntax::ast::{Arg, BinOp, Expr, ExprKind, Stmt, StmtKind};
use upy_syntax::visit::{walk_expr, walk_stmt, Visitor};
use upy_syntax::Span;

pub fn check(a: &Analysis, out: &mut Vec<Diagnostic>) {
    check_body(a, &a.module().body, out);
}

/// The statements of one body only.
pub fn check_body(a: &Analysis, body: &[Stmt], out: &mut Vec<Diagnostic>) {
    let mut v = Compat { a, out, guarded: 0 };
    v.visit_body(body);
}

struct Compat<'a> {
    a: &'a Analysis,
    out: &'a mut Vec<Diagnostic>,
    /// How many import guards (`try`/`except ImportError`, `if
    /// TYPE_CHECKING:`) the statement being checked is inside.
    guarded: u32,
}

impl<'v> Visitor<'v> for Compat<'_> {
    fn visit_stmt(&mut self, s: &'v Stmt) {
        self.on_stmt(s);
        // An import that may fail where the program expects it to is not
        // held against the board.
        let guard = match &s.kind {
            StmtKind::Try { handlers, .. } => catches_import_error(handlers),
            StmtKind::If { test, .. } => only_for_checkers(test),
            _ => false,
        };
        match &s.kind {
            StmtKind::Try { body, handlers, orelse, finalbody } if guard => {
                self.guarded += 1;
                self.visit_body(body);
                self.guarded -= 1;
                for h in handlers {
                    h.typ.iter().for_each(|t| self.visit_expr(t));
                    self.visit_body(&h.body);
                }
                self.visit_body(orelse);
                self.visit_body(finalbody);
            }
            StmtKind::If { test, body, orelse } if guard => {
                self.visit_expr(test);
                self.guarded += 1;
                self.visit_body(body);
                self.guarded -= 1;
                self.visit_body(orelse);
            }
            _ => walk_stmt(self, s),
        }
    }
    fn visit_expr(&mut self, e: &'v Expr) {
        self.on_expr(e);
        walk_expr(self, e);
    }
}

impl Compat<'_> {
    fn on_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    self.import(&alias.name.name, alias.name.span, s);
                }
            }
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if self.import(&m.name, m.span, s) => {
                for alias in names {
                    if let Some(hint) = missing_attribute(&m.name, &alias.name.name) {
                        self.missing_attr(&m.name, &alias.name.name, alias.name.span, hint);
                    }
                }
            }
            StmtKind::ClassDef(c) => {
                for item in &c.body {
                    if let StmtKind::FunctionDef(f) = &item.kind {
                        if f.name.name == "__del__" {
                            self.out.push(Diagnostic::new(
                                Code::DelNeverCalled,
                                // The program runs; only the finaliser never does.
                                Severity::Information,
                                f.name.span,
                                "MicroPython never calls `__del__` on instances of user classes; release resources explicitly (a `close()` method or `with`)",
                            ));
                        }
                    }
                }
            }
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    if let ExprKind::Attribute { value, attr } = &t.kind {
                        if matches!(self.a.expr_ty(value), Some(Ty::UserFunction(_))) {
                            self.out.push(Diagnostic::new(
                                Code::FunctionAttribute,
                                Severity::Warning,
                                attr.span,
                                "MicroPython functions cannot hold attributes; keep the value in a global, a class or a closure",
                            ));
                        }
                    }
                }
            }
            StmtKind::Raise { cause: Some(cause), .. }
                if !matches!(cause.kind, ExprKind::Const(upy_syntax::ast::Constant::None)) =>
            {
                self.out.push(Diagnostic::new(
                    Code::ExceptionChaining,
                    Severity::Information,
                    cause.span,
                    "MicroPython does not chain exceptions: the cause given with `from` is not kept",
                ));
            }
            _ => {}
        }
    }

    fn on_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Attribute { value, attr } => self.attribute(value, &attr.name, attr.span),
            ExprKind::Call { func, args } => self.builtin_keywords(func, args),
            ExprKind::BinOp { left, op: BinOp::Sub, right } => self.tick_subtraction(e, left, right),
            _ => {}
        }
    }
}

impl Compat<'_> {
    /// Returns whether the module exists on the board.
    fn import(&mut self, module: &str, span: Span, stmt: &Stmt) -> bool {
        if self.a.module_available(module) {
            return true;
        }
        if self.guarded > 0 {
            return false;
        }
        let board = self.a.board;
        if let Some(hint) = missing_module(module) {
            let mut msg = format!("`{module}` is not available in MicroPython");
            if !hint.is_empty() {
                msg.push_str(": ");
                msg.push_str(hint);
            }
            // A module micropython-lib installs may be on the board.
            let severity = if installable_module(module) { Severity::Information } else { Severity::Warning };
            if severity == Severity::Information {
                let top = module.split('.').next().unwrap_or(module);
                msg =
                    format!("`{module}` is not built into MicroPython's firmware: install it with `mip install {top}`");
            }
            let mut d = Diagnostic::new(Code::MissingModule, severity, span, msg);
            if module == "typing" {
                if let Some(fix) = guard_import(self.a.text(), stmt) {
                    d = d.with_fix(fix);
                }
            }
            self.out.push(d);
            return false;
        }
        let top = module.split('.').next().unwrap_or(module);
        let elsewhere: Vec<&str> =
            Board::all().filter(|b| *b != board && b.has_module(top)).map(|b| b.name()).collect();
        if !elsewhere.is_empty() && !board.is_portable() {
            let msg = format!("`{module}` is not available on {board} (only on {})", elsewhere.join(", "));
            self.out.push(Diagnostic::new(Code::MissingModule, Severity::Warning, span, msg));
        }
        false
    }

    fn missing_attr(&mut self, module: &str, attr: &str, span: Span, hint: &str) {
        let mut msg = format!("MicroPython's `{module}` has no `{attr}`");
        if !hint.is_empty() {
            msg.push_str(": ");
            msg.push_str(hint);
        }
        // What micropython-lib's version of the module adds may be there.
        let severity = if installable_attribute(module, attr) { Severity::Information } else { Severity::Warning };
        self.out.push(Diagnostic::new(Code::MissingModuleAttribute, severity, span, msg));
    }

    fn attribute(&mut self, value: &Expr, attr: &str, span: Span) {
        match self.a.expr_ty(value) {
            Some(Ty::Module(m)) => {
                if let Some(hint) = missing_attribute(&m, attr) {
                    self.missing_attr(&m, attr, span, hint);
                }
            }
            Some(Ty::Builtin(BuiltinType::Str)) if MISSING_STR_METHODS.contains(&attr) => {
                self.missing_method("str", attr, span);
            }
            Some(Ty::Builtin(BuiltinType::Int)) if MISSING_INT_METHODS.contains(&attr) => {
                self.missing_method("int", attr, span);
            }
            _ => {}
        }
    }

    fn missing_method(&mut self, ty: &str, attr: &str, span: Span) {
        let msg = format!("MicroPython's `{ty}` has no method `{attr}`");
        self.out.push(Diagnostic::new(Code::MissingMethod, Severity::Warning, span, msg));
    }

    fn builtin_keywords(&mut self, func: &Expr, args: &[Arg]) {
        let ExprKind::Name(name) = &func.kind else { return };
        if !POSITIONAL_ONLY_BUILTINS.contains(&name.as_str()) {
            return;
        }
        let scope = self.a.model().scope_at(func.span.start, self.a.text());
        if !matches!(self.a.model().lookup(scope, name, Some(func.span.start)), Lookup::Builtin) {
            return;
        }
        for arg in args {
            if let Arg::Keyword { name: kw, .. } = arg {
                let msg =
                    format!("MicroPython's `{name}()` takes no keyword arguments; pass `{}` positionally", kw.name);
                self.out.push(Diagnostic::new(Code::BuiltinKeywordArgs, Severity::Warning, kw.span, msg));
            }
        }
    }

    fn tick_subtraction(&mut self, e: &Expr, left: &Expr, right: &Expr) {
        let is_ticks = |x: &Expr| matches!(self.a.expr_ty(x), Some(Ty::Ticks));
        if !is_ticks(left) && !is_ticks(right) {
            return;
        }
        let mut d = Diagnostic::new(
            Code::TickSubtraction,
            // It runs, and is right until the counter wraps.
            Severity::Information,
            e.span,
            "tick counts wrap around; subtract them with `time.ticks_diff(end, start)`",
        );
        if let Some(func) = self.ticks_diff_name(e.span.start) {
            let text = self.a.text();
            let src = |x: &Expr| &text[x.span.start as usize..x.span.end as usize];
            d = d.with_fix(Fix {
                title: format!("Use `{func}()`"),
                edits: vec![Replacement { span: e.span, text: format!("{func}({}, {})", src(left), src(right)) }],
            });
        }
        self.out.push(d);
    }

    /// How `time.ticks_diff` is spelled where `at` is: through the name the
    /// time module is bound to, or a `ticks_diff` imported from it.
    fn ticks_diff_name(&self, at: u32) -> Option<String> {
        let m = self.a.model();
        let scope = m.scope_at(at, self.a.text());
        for id in m.visible_bindings(scope) {
            let b = &m.bindings[id];
            match &b.origin {
                Origin::Module(name) if matches!(name.as_str(), "time" | "utime") => {
                    return Some(format!("{}.ticks_diff", b.name))
                }
                Origin::FromModule { module, name }
                    if matches!(module.as_str(), "time" | "utime") && name == "ticks_diff" =>
                {
                    return Some(b.name.clone())
                }
                _ => {}
            }
        }
        None
    }
}

/// `import typing` → the same import inside `try:` / `except ImportError:`.
fn guard_import(text: &str, stmt: &Stmt) -> Option<Fix> {
    let start = stmt.span.start as usize;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = &text[line_start..start];
    if !indent.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let src = &text[start..stmt.span.end as usize];
    let body = src.replace('\n', &format!("\n{indent}    "));
    let new = format!("try:\n{indent}    {body}\n{indent}except ImportError:\n{indent}    pass");
    Some(Fix {
        title: "Guard the `typing` import with try/except ImportError".into(),
        edits: vec![Replacement { span: stmt.span, text: new }],
    })
}
