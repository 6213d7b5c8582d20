//! Code that expects an import to fail: inside `try:` with an `except
//! ImportError` (or broader), or under `if TYPE_CHECKING:`, which never runs
//! on the board. Such imports are the program's own answer to a missing
//! module, so no check complains about them.

use super::diagnostic::{Code, Diagnostic, Severity};
use upy_syntax::ast::{self, Expr, ExprKind, StmtKind};
use upy_syntax::visit::{walk_stmt, Visitor};
use upy_syntax::Span;

/// Does a `try` expect an import in its body to fail?
pub fn catches_import_error(handlers: &[ast::ExceptHandler]) -> bool {
    fn catches(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => {
                matches!(n.as_str(), "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException")
            }
            ExprKind::Tuple(xs) => xs.iter().any(catches),
            _ => false,
        }
    }
    handlers.iter().any(|h| h.typ.as_ref().is_none_or(catches))
}

/// `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`, or `if False:`): the
/// body never runs on the board.
pub fn only_for_checkers(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Name(n) => n == "TYPE_CHECKING",
        ExprKind::Attribute { attr, .. } => attr.name == "TYPE_CHECKING",
        ExprKind::Const(ast::Constant::False) => true,
        _ => false,
    }
}

/// Drop the warnings about code whose failure the program expects: inside
/// the body of a `try` whose handlers catch the exception MicroPython would
/// raise there (`NameError` for an undefined name, `AttributeError` for a
/// missing attribute, `TypeError` for a bad argument, ...), or an attribute
/// under `if hasattr(x, "name"):`. Such code is the program's own answer to
/// a board that may lack something, and it runs: a warning would be false.
/// Errors (what MicroPython refuses to compile) are never dropped.
pub fn drop_caught(body: &[ast::Stmt], text: &str, diags: &mut Vec<Diagnostic>) {
    if !diags.iter().any(|d| d.severity != Severity::Error && raises(d.code).is_some()) {
        return;
    }
    let mut regions = Regions::default();
    regions.visit_body(body);
    if regions.caught.is_empty() && regions.probed.is_empty() {
        return;
    }
    diags.retain(|d| {
        let Some(exc) = raises(d.code) else { return true };
        if d.severity == Severity::Error {
            return true;
        }
        let inside = |s: Span| s.start <= d.span.start && d.span.end <= s.end;
        let caught = regions.caught.iter().any(|(s, c)| inside(*s) && c.catches(exc));
        let probed = matches!(exc, Exc::Attribute | Exc::AttributeOrImport)
            && regions.probed.iter().any(|(s, name)| {
                inside(*s) && text.get(d.span.start as usize..d.span.end as usize) == Some(name.as_str())
            });
        !(caught || probed)
    });
}

/// The exception a diagnostic's code says the code would raise when run.
fn raises(code: Code) -> Option<Exc> {
    Some(match code {
        Code::UndefinedName | Code::MissingBuiltin => Exc::Name,
        Code::MissingModule => Exc::Import,
        Code::MissingModuleAttribute | Code::UnknownStubAttribute => Exc::AttributeOrImport,
        Code::MissingMethod | Code::FunctionAttribute => Exc::Attribute,
        Code::BuiltinKeywordArgs | Code::StubCallArguments | Code::StubArgumentType => Exc::Type,
        Code::InvalidPin => Exc::Value,
        _ => return None,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Exc {
    Name,
    Import,
    Attribute,
    /// `time.perf_counter` raises AttributeError; `from time import
    /// perf_counter` ImportError.
    AttributeOrImport,
    Type,
    Value,
}

/// What the handlers of one `try` catch, by name.
struct Catches(Vec<String>);

impl Catches {
    fn of(handlers: &[ast::ExceptHandler]) -> Catches {
        fn names(e: &Expr, out: &mut Vec<String>) {
            match &e.kind {
                ExprKind::Name(n) => out.push(n.to_string()),
                ExprKind::Attribute { attr, .. } => out.push(attr.name.to_string()),
                ExprKind::Tuple(xs) => xs.iter().for_each(|x| names(x, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for h in handlers {
            match &h.typ {
                None => out.push("BaseException".into()),
                Some(t) => names(t, &mut out),
            }
        }
        Catches(out)
    }

    fn catches(&self, exc: Exc) -> bool {
        self.0.iter().any(|n| {
            matches!(n.as_str(), "Exception" | "BaseException")
                || match exc {
                    Exc::Name => n == "NameError",
                    Exc::Import => matches!(n.as_str(), "ImportError" | "ModuleNotFoundError"),
                    Exc::Attribute => n == "AttributeError",
                    Exc::AttributeOrImport => matches!(n.as_str(), "AttributeError" | "ImportError"),
                    Exc::Type => n == "TypeError",
                    Exc::Value => n == "ValueError",
                }
        })
    }
}

#[derive(Default)]
struct Regions {
    /// Bodies of `try` statements, with what their handlers catch.
    caught: Vec<(Span, Catches)>,
    /// Bodies run only when `hasattr(x, name)` held, with the name.
    probed: Vec<(Span, String)>,
}

impl<'a> Visitor<'a> for Regions {
    fn visit_stmt(&mut self, s: &'a ast::Stmt) {
        match &s.kind {
            StmtKind::Try { body, handlers, .. } if !body.is_empty() => {
                self.caught.push((span_of(body), Catches::of(handlers)));
                // A handler for a failed import is the other platform's
                // path: on MicroPython either it never runs (`import ujson`
                // worked) or it is the MicroPython code itself.
                for h in handlers.iter().filter(|h| !h.body.is_empty()) {
                    if Catches::of(std::slice::from_ref(h)).catches(Exc::Import) {
                        let all = ["NameError", "ImportError", "AttributeError"].map(String::from);
                        self.caught.push((span_of(&h.body), Catches(all.to_vec())));
                    }
                }
            }
            StmtKind::If { test, body, .. } if !body.is_empty() => {
                let mut names = Vec::new();
                probes(test, &mut names);
                let span = span_of(body);
                self.probed.extend(names.into_iter().map(|n| (span, n)));
            }
            _ => {}
        }
        walk_stmt(self, s);
    }
    // Only statements hold regions.
    fn visit_expr(&mut self, _: &'a Expr) {}
}

fn span_of(body: &[ast::Stmt]) -> Span {
    Span::new(body[0].span.start, body[body.len() - 1].span.end)
}

/// The attribute names a test checks with `hasattr(x, "name")` (alone or
/// in an `and`).
fn probes(test: &Expr, out: &mut Vec<String>) {
    match &test.kind {
        ExprKind::Call { func, args } if matches!(&func.kind, ExprKind::Name(n) if n == "hasattr") => {
            if let [_, ast::Arg::Positional(name)] = args.as_slice() {
                if let ExprKind::Const(ast::Constant::Str(s)) = &name.kind {
                    out.push(s.to_string());
                }
            }
        }
        ExprKind::BoolOp { op: ast::BoolOp::And, values } => values.iter().for_each(|v| probes(v, out)),
        _ => {}
    }
}
