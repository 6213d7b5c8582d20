//! Where MicroPython's grammar is narrower than CPython's. Such code is
//! parsed into the usual tree (tools still see its names) and reported as
//! `SyntaxErrorKind::Unsupported`, because the board would refuse it.
//! Reference: MicroPython's `py/grammar.h` and its "differences from
//! CPython" pages.

use super::Parser;
use crate::ast::{Expr, ExprKind};
use crate::error::SyntaxErrorKind;
use crate::span::Span;

impl<'src> Parser<'src> {
    /// "MicroPython does not support {what}".
    pub(crate) fn unsupported(&mut self, span: Span, what: &str) {
        self.error_kind(span, format!("MicroPython does not support {what}"), SyntaxErrorKind::Unsupported);
    }

    /// A `*x` that turned out to be an assignment target (or was reported
    /// as an error already) is not an unpacking.
    pub(crate) fn forget_star(&mut self, span: Span) {
        self.forgotten_stars.insert(span);
    }

    /// `*x` outside an assignment target or a call's arguments (a list,
    /// tuple or set display, a `return` value) is PEP 448 unpacking. Boards
    /// running MicroPython 1.24 refuse it ("*x must be assignment target"),
    /// but upy's VM runs it, as its specification asks; the language server
    /// may warn about it. So nothing is reported here.
    pub(crate) fn report_pending_stars(&mut self) {
        self.pending_stars.clear();
        self.forgotten_stars.clear();
    }

    /// Drops what the current statement recorded about `*x` (after an
    /// error, or when leaving a pattern).
    pub(crate) fn clear_stars(&mut self) {
        self.pending_stars.clear();
        self.forgotten_stars.clear();
    }

    /// MicroPython's decorators are `@dotted.name` with optional call
    /// arguments, not any expression (PEP 614).
    pub(crate) fn check_decorator(&mut self, decorator: &Expr) {
        let callee = match &decorator.kind {
            ExprKind::Call { func, .. } => func,
            _ => decorator,
        };
        if !is_dotted_name(callee) {
            self.unsupported(decorator.span, "decorators other than @name, @name.attr or @name(...)");
        }
    }
}

fn is_dotted_name(expr: &Expr) -> bool {
    let mut current = expr;
    loop {
        match &current.kind {
            ExprKind::Name(_) => return true,
            ExprKind::Attribute { value, .. } => current = value,
            _ => return false,
        }
    }
}
