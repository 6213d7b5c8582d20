//! Turning one parsed `.pyi` file into a `StubModule`.

use super::{StubItem, StubKind, StubModule};
use crate::analysis::callable::{slice, Signature};
use std::collections::BTreeMap;
use std::sync::Arc;
use upy_syntax::ast::{Constant, Expr, ExprKind, Stmt, StmtKind};
use upy_syntax::{parse, ParseOptions};

pub fn load_module(folder: &str, name: &str, source: &str) -> StubModule {
    let parsed = parse(source, ParseOptions::default());
    let mut module = StubModule {
        name: name.to_string(),
        folder: folder.to_string(),
        source: Arc::from(source),
        doc: docstring(&parsed.module.body),
        items: BTreeMap::new(),
        star_reexports: Vec::new(),
        imported: BTreeMap::new(),
    };
    for s in &parsed.module.body {
        if let StmtKind::ImportFrom { module: Some(m), names, level: 0 } = &s.kind {
            for a in names.iter().filter(|a| a.name.name != "*") {
                let local = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                module.imported.insert(local, (m.name.clone(), a.name.name.clone()));
            }
        }
    }
    let mut items = BTreeMap::new();
    collect_body(name, &parsed.module.body, source, &mut items, Some(&mut module.star_reexports), false);
    module.items = items;
    module
}

/// The docstring of a body: its first statement, when that is a string.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr { kind: ExprKind::Const(Constant::Str(s)), .. }) => Some(clean_doc(s)),
        _ => None,
    }
}

/// Dedent a docstring and trim blank edges.
pub fn clean_doc(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            out.push(l.trim().to_string());
        } else {
            out.push(l.get(indent..).unwrap_or(l.trim_start()).trim_end().to_string());
        }
    }
    out.join("\n").trim().to_string()
}

fn collect_body(
    module: &str,
    body: &[Stmt],
    source: &str,
    items: &mut BTreeMap<String, StubItem>,
    mut star: Option<&mut Vec<String>>,
    in_class: bool,
) {
    for (i, stmt) in body.iter().enumerate() {
        // An attribute's docstring is the string statement right after it.
        let next_doc = body.get(i + 1).and_then(|s| docstring(std::slice::from_ref(s)));
        match &stmt.kind {
            StmtKind::FunctionDef(f) => {
                let decorators: Vec<String> = f.decorators.iter().map(|d| slice(source, d.span)).collect();
                let sig = Signature::from_ast(&f.params, f.returns.as_ref(), source);
                let is_property = decorators.iter().any(|d| d == "property" || d.ends_with(".setter"));
                if let Some(existing) = items.get_mut(&f.name.name) {
                    if existing.kind == StubKind::Function && !is_property {
                        existing.signatures.push(sig);
                        if existing.doc.is_none() {
                            existing.doc = docstring(&f.body);
                        }
                    }
                    continue;
                }
                let mut item = blank(&f.name.name, StubKind::Function, f.name.span);
                item.doc = docstring(&f.body);
                item.is_static = decorators.iter().any(|d| d == "staticmethod");
                if is_property && in_class {
                    item.kind = StubKind::Property;
                    item.annotation = sig.returns.clone();
                } else {
                    item.signatures.push(sig);
                }
                items.insert(f.name.name.clone(), item);
            }
            StmtKind::ClassDef(c) => {
                let mut item = blank(&c.name.name, StubKind::Class, c.name.span);
                item.doc = docstring(&c.body);
                item.bases = c
                    .bases
                    .iter()
                    .filter_map(|a| match a {
                        upy_syntax::ast::Arg::Positional(e) => Some(slice(source, e.span)),
                        _ => None,
                    })
                    .collect();
                collect_body(module, &c.body, source, &mut item.members, None, true);
                items.insert(c.name.name.clone(), item);
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                if let ExprKind::Name(n) = &target.kind {
                    let mut item = blank(n, StubKind::Constant, target.span);
                    let written = slice(source, annotation.span);
                    // `X: Final = 3` says nothing of the type; the value does.
                    item.annotation = match written.strip_prefix("Final") {
                        Some(rest) => rest
                            .strip_prefix('[')
                            .and_then(|r| r.strip_suffix(']'))
                            .map(str::to_string)
                            .or_else(|| value.as_ref().and_then(literal_type).map(str::to_string)),
                        None => Some(written),
                    };
                    if item.annotation.as_deref() == Some("TypeAlias") {
                        item.alias_of = value.as_ref().map(|v| slice(source, v.span));
                    }
                    item.doc = next_doc;
                    items.insert(n.clone(), item);
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    if let ExprKind::Name(n) = &t.kind {
                        // `StreamReader = Stream`: another name for a class.
                        if let ExprKind::Name(other) = &value.kind {
                            if items.get(other).is_some_and(|i| i.kind == StubKind::Class) {
                                let mut item = blank(n, StubKind::Alias, t.span);
                                item.target = Some((module.to_string(), other.clone()));
                                items.insert(n.clone(), item);
                                continue;
                            }
                        }
                        let mut item = blank(n, StubKind::Constant, t.span);
                        item.annotation = literal_type(value).map(str::to_string);
                        // `_Buffer = bytes | bytearray`: an old-style alias.
                        if matches!(value.kind, ExprKind::BinOp { .. } | ExprKind::Subscript { .. }) {
                            item.alias_of = Some(slice(source, value.span));
                        }
                        item.doc = next_doc.clone();
                        items.insert(n.clone(), item);
                    }
                }
            }
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } => {
                for alias in names {
                    if alias.name.name == "*" {
                        if let Some(star) = star.as_deref_mut() {
                            star.push(m.name.clone());
                        }
                        continue;
                    }
                    // A stub re-exports an imported name only when it says
                    // so: `from m import x as x` (the typing convention).
                    let Some(local) = alias.asname.as_ref().filter(|a| a.name == alias.name.name) else { continue };
                    let mut item = blank(&local.name, StubKind::Alias, local.span);
                    item.target = Some((m.name.clone(), alias.name.name.clone()));
                    items.insert(local.name.clone(), item);
                }
            }
            // Platform switches in stubs: take every branch.
            StmtKind::If { body, orelse, .. } => {
                collect_body(module, body, source, items, star.as_deref_mut(), in_class);
                collect_body(module, orelse, source, items, star.as_deref_mut(), in_class);
            }
            _ => {}
        }
    }
}

fn blank(name: &str, kind: StubKind, span: upy_syntax::Span) -> StubItem {
    StubItem {
        name: name.to_string(),
        kind,
        signatures: Vec::new(),
        doc: None,
        annotation: None,
        span,
        members: BTreeMap::new(),
        bases: Vec::new(),
        is_static: false,
        target: None,
        alias_of: None,
    }
}

fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Const(Constant::Int(_) | Constant::BigInt(_)) => "int",
        ExprKind::Const(Constant::Float(_)) => "float",
        ExprKind::Const(Constant::Str(_)) => "str",
        ExprKind::Const(Constant::Bytes(_)) => "bytes",
        ExprKind::Const(Constant::True | Constant::False) => "bool",
        ExprKind::UnaryOp { operand, .. } => return literal_type(operand),
        _ => return None,
    })
}
