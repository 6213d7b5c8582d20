//! Names used but never defined; imports and local variables never used.

use crate::analysis::builtins::{CLASS_DUNDERS, MODULE_DUNDERS};
use crate::analysis::compat_data::missing_builtin;
use crate::analysis::diagnostic::{Code, Diagnostic, Fix, Replacement, Severity, Tag};
use crate::analysis::model::{BindingKind, Lookup, Origin, ScopeKind};
use crate::analysis::stubs::StubKind;
use crate::analysis::Analysis;
use upy_syntax::ast::StmtKind;
use upy_syntax::Span;

pub fn check(a: &Analysis, out: &mut Vec<Diagnostic>) {
    check_from(a, 0, out);
}

/// Every reference, and the bindings from `first_binding` on (a model
/// whose earlier bindings are checked elsewhere, `incremental::recheck`).
pub fn check_from(a: &Analysis, first_binding: usize, out: &mut Vec<Diagnostic>) {
    undefined(a, out);
    unused(a, first_binding, out);
}

fn undefined(a: &Analysis, out: &mut Vec<Diagnostic>) {
    let m = a.model();
    let dropped = super::words_on_error_lines(a);
    for r in &m.references {
        if r.resolved.is_some()
            || r.compiler_known
            || MODULE_DUNDERS.contains(&r.name.as_str())
            || dropped.contains(&r.name)
        {
            continue;
        }
        if !matches!(m.lookup(r.scope, &r.name, Some(r.span.start)), Lookup::Undefined) {
            continue;
        }
        if in_class_body(a, r.scope) && (CLASS_DUNDERS.contains(&r.name.as_str()) || r.name == "__class__") {
            continue;
        }
        if r.name == "__class__" && in_function(a, r.scope) {
            continue;
        }
        if m.unknown_star_visible(r.scope) {
            continue;
        }
        if let Some(hint) = missing_builtin(&r.name) {
            let mut msg = format!("MicroPython has no built-in `{}`", r.name);
            if !hint.is_empty() {
                msg.push_str(": ");
                msg.push_str(hint);
            }
            out.push(Diagnostic::new(Code::MissingBuiltin, Severity::Warning, r.span, msg));
            continue;
        }
        let mut d =
            Diagnostic::new(Code::UndefinedName, Severity::Warning, r.span, format!("`{}` is not defined", r.name));
        if let Some(fix) = import_fix(a, &r.name) {
            d = d.with_fix(fix);
        }
        out.push(d);
    }
}

fn in_class_body(a: &Analysis, scope: usize) -> bool {
    a.model().scopes[scope].kind == ScopeKind::Class
}

fn in_function(a: &Analysis, mut scope: usize) -> bool {
    loop {
        let s = &a.model().scopes[scope];
        if s.kind == ScopeKind::Function {
            return true;
        }
        match s.parent {
            Some(p) => scope = p,
            None => return false,
        }
    }
}

/// `machine` → `import machine`; `Pin` → `from machine import Pin` when
/// exactly one stub module defines a class or function of that name.
fn import_fix(a: &Analysis, name: &str) -> Option<Fix> {
    let importable = a.stubs.has_module(name) || a.board.has_module(name);
    let line = if importable {
        format!("import {name}")
    } else {
        let owners: Vec<&str> = a
            .stubs
            .modules
            .values()
            .filter(|m| !m.name.starts_with('_') && m.name != "builtins")
            .filter(|m| m.items.get(name).is_some_and(|i| matches!(i.kind, StubKind::Class | StubKind::Function)))
            .map(|m| m.name.as_str())
            .collect();
        match owners.as_slice() {
            [one] => format!("from {one} import {name}"),
            _ => return None,
        }
    };
    let at = import_insertion_offset(a);
    Some(Fix {
        title: format!("Add `{line}`"),
        edits: vec![Replacement { span: Span::new(at, at), text: format!("{line}\n") }],
    })
}

/// Where a new import line goes: after the leading docstring and imports.
pub fn import_insertion_offset(a: &Analysis) -> u32 {
    let text = a.text();
    let mut after: Option<u32> = None;
    for (i, s) in a.module().body.iter().enumerate() {
        let is_doc = i == 0
            && matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, upy_syntax::ast::ExprKind::Const(upy_syntax::ast::Constant::Str(_))));
        if is_doc || matches!(s.kind, StmtKind::Import(_) | StmtKind::ImportFrom { .. }) {
            after = Some(s.span.end);
        } else {
            break;
        }
    }
    match after {
        Some(end) => text[end as usize..].find('\n').map_or(text.len() as u32, |i| end + i as u32 + 1),
        None => a.module().body.first().map_or(0, |s| line_start(text, s.span.start)),
    }
}

fn line_start(text: &str, offset: u32) -> u32 {
    text[..offset as usize].rfind('\n').map_or(0, |i| i as u32 + 1)
}

fn unused(a: &Analysis, first_binding: usize, out: &mut Vec<Diagnostic>) {
    let m = a.model();
    let dropped = super::words_on_error_lines(a);
    for (id, b) in m.bindings.iter().enumerate().skip(first_binding) {
        if m.use_counts.get(id).copied().unwrap_or(0) > 0 || b.name.starts_with('_') || dropped.contains(&b.name) {
            continue;
        }
        match b.kind {
            BindingKind::Import | BindingKind::FromImport => {
                // A guarded import is there for what it may bring, not to be used.
                if b.guarded || matches!(&b.origin, Origin::FromModule { module, .. } if module == "__future__") {
                    continue;
                }
                let d = Diagnostic::new(
                    Code::UnusedImport,
                    Severity::Hint,
                    b.span,
                    format!("`{}` is imported but never used", b.name),
                )
                .with_tag(Tag::Unnecessary);
                out.push(d);
            }
            BindingKind::Assignment
                if matches!(m.scopes[b.scope].kind, ScopeKind::Function | ScopeKind::Lambda)
                    && matches!(b.origin, Origin::Value(_)) =>
            {
                let d = Diagnostic::new(
                    Code::UnusedVariable,
                    Severity::Hint,
                    b.span,
                    format!("local variable `{}` is assigned but never used", b.name),
                )
                .with_tag(Tag::Unnecessary);
                out.push(d);
            }
            _ => {}
        }
    }
}
