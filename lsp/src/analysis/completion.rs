//! What may be typed at a cursor: module names after `import`, members
//! after `.`, keyword arguments inside a call, and otherwise every name in
//! scope, builtin and keyword.

use super::builtins::{BUILTINS, KEYWORDS};
use super::infer::{MemberInfo, MemberKind, Ty};
use super::model::{BindingKind, Origin};
use super::text::{call_context, chain_before, ident_before, in_comment_or_string};
use super::Analysis;
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Keyword,
    Variable,
    Function,
    Method,
    Class,
    Module,
    Constant,
    Property,
    /// `name=` inside a call.
    Argument,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub kind: ItemKind,
    pub detail: Option<String>,
    pub doc: Option<String>,
    /// Text to insert when it differs from the label.
    pub insert: Option<String>,
    /// Lower sorts first: arguments, then local names, then the rest.
    pub rank: u8,
}

pub struct Completions {
    /// Start of the word being completed (the items replace from here).
    pub replace_start: usize,
    pub items: Vec<Item>,
}

pub fn complete(a: &Analysis, offset: usize) -> Completions {
    let text = a.text();
    let offset = offset.min(text.len());
    let (start, prefix) = ident_before(text, offset);
    let empty = Completions { replace_start: start, items: Vec::new() };
    if in_comment_or_string(text, offset) {
        return empty;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_before = &text[line_start..offset];
    if let Some(items) = import_items(a, line_before) {
        return filtered(start, prefix, items);
    }
    if start > 0 && text.as_bytes()[start - 1] == b'.' {
        let Some(chain) = chain_before(text, start - 1) else { return empty };
        let Some(ty) = a.chain_ty(&chain, offset as u32) else { return empty };
        let items = a.infer().members(&ty).into_iter().map(|m| member_item(m, 2)).collect();
        return filtered(start, prefix, items);
    }
    if prefix.starts_with(|c: char| c.is_ascii_digit()) {
        return empty;
    }
    let mut items = argument_items(a, offset);
    items.extend(scope_items(a, offset));
    filtered(start, prefix, items)
}

fn filtered(start: usize, prefix: &str, items: Vec<Item>) -> Completions {
    let lower = prefix.to_lowercase();
    let mut seen = BTreeSet::new();
    let mut items: Vec<Item> = items
        .into_iter()
        .filter(|i| i.label.to_lowercase().starts_with(&lower) && seen.insert(i.label.clone()))
        .collect();
    items.sort_by(|x, y| {
        (x.rank, x.label.starts_with('_'), &x.label).cmp(&(y.rank, y.label.starts_with('_'), &y.label))
    });
    Completions { replace_start: start, items }
}

/// `import ma|`, `from ma|`, `from machine import P|`.
fn import_items(a: &Analysis, line: &str) -> Option<Vec<Item>> {
    let t = line.trim_start();
    let module_item = |name: &str| Item {
        label: name.to_string(),
        kind: ItemKind::Module,
        detail: None,
        doc: a.stubs.module(name).and_then(|m| m.doc.as_ref()).map(|d| first_line(d)),
        insert: None,
        rank: 1,
    };
    let modules = || Some(module_names(a).iter().map(|n| module_item(n)).collect());
    if let Some(rest) = t.strip_prefix("import ") {
        // After `as` a new name is being written, not a module.
        return if rest.split(',').next_back().is_some_and(|last| last.contains(" as ")) {
            Some(Vec::new())
        } else {
            modules()
        };
    }
    let rest = t.strip_prefix("from ")?;
    match rest.split_once(" import ") {
        None if !rest.trim_end().contains(' ') => modules(),
        None => None,
        Some((module, _)) => {
            let module = module.trim();
            if a.stubs.module(module).is_none() {
                return Some(Vec::new());
            }
            let ty = Ty::Module(module.to_string());
            Some(a.infer().members(&ty).into_iter().map(|m| member_item(m, 1)).collect())
        }
    }
}

fn module_names(a: &Analysis) -> Vec<String> {
    let mut names: BTreeSet<String> = a.board.builtin_modules().iter().map(|s| s.to_string()).collect();
    names.extend(a.stubs.module_names().filter(|n| !n.contains('.') && *n != "builtins").map(str::to_string));
    names.into_iter().collect()
}

/// `name=` items for the call the cursor is in, minus those already given.
fn argument_items(a: &Analysis, offset: usize) -> Vec<Item> {
    let text = a.text();
    let Some(ctx) = call_context(text, offset) else { return Vec::new() };
    if ctx.keyword.is_some() {
        return Vec::new();
    }
    let Some(chain) = chain_before(text, ctx.open_paren) else { return Vec::new() };
    let Some(callee) = callee_ty(a, &chain, offset as u32) else { return Vec::new() };
    let infer = a.infer();
    let mut out = Vec::new();
    for sig in infer.signatures(&callee.0, callee.1) {
        for (i, p) in sig.params.into_iter().enumerate() {
            use super::callable::ParamKind::*;
            let filled_positionally = i < ctx.positional_before && p.kind == Normal;
            if matches!(p.kind, Normal | KeywordOnly) && !filled_positionally && !ctx.given_keywords.contains(&p.name) {
                out.push(Item {
                    label: format!("{}=", p.name),
                    kind: ItemKind::Argument,
                    detail: p.annotation.clone(),
                    doc: None,
                    insert: None,
                    rank: 0,
                });
            }
        }
    }
    out
}

/// The callee of a call chain, and whether it is reached through an instance.
pub fn callee_ty(a: &Analysis, chain: &[super::text::ChainLink], at: u32) -> Option<(Ty, bool)> {
    let callee = a.chain_ty(chain, at)?;
    let via_instance = if chain.len() > 1 {
        matches!(
            a.chain_ty(&chain[..chain.len() - 1], at),
            Some(Ty::Instance(_) | Ty::UserInstance(_) | Ty::Builtin(_))
        )
    } else {
        false
    };
    Some((callee, via_instance))
}

fn scope_items(a: &Analysis, offset: usize) -> Vec<Item> {
    let m = a.model();
    let scope = m.scope_at(offset as u32, a.text());
    let infer = a.infer();
    let mut out = Vec::new();
    for id in m.visible_bindings(scope) {
        let b = &m.bindings[id];
        let rank = if b.scope == scope { 1 } else { 2 };
        let (kind, detail, doc) = match b.kind {
            BindingKind::Import => (ItemKind::Module, None, None),
            BindingKind::Function => {
                let f = b.function.as_ref();
                (ItemKind::Function, f.map(|f| f.signature.render(&b.name)), f.and_then(|f| f.doc.clone()))
            }
            BindingKind::Class => (ItemKind::Class, None, b.class.as_ref().and_then(|c| c.doc.clone())),
            BindingKind::FromImport | BindingKind::StarImport => match (&b.origin, infer.binding(id)) {
                (Origin::FromModule { .. }, Some(Ty::Stub(r))) => match infer.stub_info(&b.name, &r, false) {
                    Some(info) => {
                        let item = member_item(info, rank);
                        (item.kind, item.detail, item.doc)
                    }
                    None => (ItemKind::Variable, None, None),
                },
                (_, Some(Ty::Module(_))) => (ItemKind::Module, None, None),
                _ => (ItemKind::Variable, None, None),
            },
            _ => (ItemKind::Variable, infer.binding(id).map(|t| ty_name(a, &t)), None),
        };
        out.push(Item { label: b.name.clone(), kind, detail, doc: doc.map(|d| first_line(&d)), insert: None, rank });
    }
    for k in KEYWORDS {
        out.push(Item {
            label: k.to_string(),
            kind: ItemKind::Keyword,
            detail: None,
            doc: None,
            insert: None,
            rank: 3,
        });
    }
    for b in BUILTINS {
        let kind = if b.starts_with(|c: char| c.is_uppercase()) { ItemKind::Class } else { ItemKind::Function };
        out.push(Item { label: b.to_string(), kind, detail: None, doc: None, insert: None, rank: 3 });
    }
    out
}

fn member_item(m: MemberInfo, rank: u8) -> Item {
    let kind = match m.kind {
        MemberKind::Module => ItemKind::Module,
        MemberKind::Class => ItemKind::Class,
        MemberKind::Function => ItemKind::Function,
        MemberKind::Method => ItemKind::Method,
        MemberKind::Constant => ItemKind::Constant,
        MemberKind::Variable => ItemKind::Variable,
        MemberKind::Property => ItemKind::Property,
    };
    Item { label: m.name, kind, detail: m.detail, doc: m.doc.map(|d| first_line(&d)), insert: None, rank }
}

pub fn first_line(doc: &str) -> String {
    doc.lines().next().unwrap_or("").trim().to_string()
}

/// A short name for a type, for details and hovers.
pub fn ty_name(a: &Analysis, ty: &Ty) -> String {
    match ty {
        Ty::Module(m) => format!("module {m}"),
        Ty::Stub(r) => r.path.join("."),
        Ty::Instance(r) => r.path.last().cloned().unwrap_or_default(),
        Ty::UserClass(id) => format!("type[{}]", a.model().bindings[*id].name),
        Ty::UserInstance(id) => a.model().bindings[*id].name.clone(),
        Ty::UserFunction(id) => format!("function {}", a.model().bindings[*id].name),
        Ty::Builtin(t) => t.name().to_string(),
        Ty::Ticks => "int (ticks)".to_string(),
    }
}
