//! Hover: a signature or declaration in a code block, then the docstring.

use super::completion::ty_name;
use super::infer::Ty;
use super::model::BindingKind;
use super::resolve_at::{named_at, Named};
use super::stubs::{StubKind, StubRef};
use super::Analysis;
use upy_syntax::Span;

pub struct HoverInfo {
    pub span: Span,
    pub markdown: String,
}

pub fn hover(a: &Analysis, offset: usize) -> Option<HoverInfo> {
    let (span, named) = named_at(a, offset)?;
    let markdown = match named {
        Named::Binding(id) => binding(a, id)?,
        Named::Builtin(name) => builtin(a, &name),
        Named::Member { ty: Some(ty), name, owner } => {
            describe_ty(a, &name, &ty, matches!(owner, Ty::Instance(_) | Ty::UserInstance(_)))?
        }
        Named::Member { ty: None, .. } => return None,
    };
    Some(HoverInfo { span, markdown })
}

fn block(code: &str, doc: Option<&str>) -> String {
    let mut s = format!("```python\n{code}\n```");
    if let Some(d) = doc.filter(|d| !d.is_empty()) {
        s.push_str("\n\n");
        s.push_str(d);
    }
    s
}

fn binding(a: &Analysis, id: usize) -> Option<String> {
    let b = &a.model().bindings[id];
    let infer = a.infer();
    match b.kind {
        BindingKind::Function => {
            let f = b.function.as_ref()?;
            let prefix = if f.is_method { "(method) def" } else { "def" };
            Some(block(&format!("{prefix} {}", f.signature.render(&b.name)), f.doc.as_deref()))
        }
        BindingKind::Class => {
            let c = b.class.as_ref()?;
            let sig = infer.signatures(&Ty::UserClass(id), false).into_iter().next().unwrap_or_default();
            Some(block(&format!("class {}", sig.render(&b.name)), c.doc.as_deref()))
        }
        _ => match infer.binding(id) {
            Some(ty @ (Ty::Module(_) | Ty::Stub(_))) => describe_ty(a, &b.name, &ty, false),
            Some(ty) => Some(block(&format!("{}: {}", b.name, ty_name(a, &ty)), None)),
            None => Some(block(&format!("(variable) {}", b.name), None)),
        },
    }
}

fn describe_ty(a: &Analysis, name: &str, ty: &Ty, via_instance: bool) -> Option<String> {
    match ty {
        Ty::Module(m) => {
            let doc = a.stubs.module(m).and_then(|s| s.doc.clone());
            Some(block(&format!("module {m}"), doc.as_deref()))
        }
        Ty::Stub(r) => stub(a, name, r, via_instance),
        Ty::UserFunction(id) | Ty::UserClass(id) => binding(a, *id),
        other => Some(block(&format!("{name}: {}", ty_name(a, other)), None)),
    }
}

pub fn stub(a: &Analysis, name: &str, r: &StubRef, via_instance: bool) -> Option<String> {
    let item = a.stubs.get(r)?;
    let infer = a.infer();
    let code = match item.kind {
        StubKind::Function => {
            let sigs = infer.signatures(&Ty::Stub(r.clone()), via_instance);
            let owner = if r.path.len() > 1 {
                format!("{}.", r.path[..r.path.len() - 1].join("."))
            } else {
                format!("{}.", r.module)
            };
            if sigs.is_empty() {
                format!("def {owner}{name}(...)")
            } else {
                sigs.iter().map(|s| format!("def {owner}{}", s.render(name))).collect::<Vec<_>>().join("\n")
            }
        }
        StubKind::Class => {
            let sig = infer.signatures(&Ty::Stub(r.clone()), false).into_iter().next().unwrap_or_default();
            format!("class {}.{}", r.module, sig.render(name))
        }
        StubKind::Constant | StubKind::Property => match &item.annotation {
            Some(t) => format!("{}.{}: {t}", r.module, r.path.join(".")),
            None => format!("{}.{}", r.module, r.path.join(".")),
        },
        StubKind::Alias => return None,
    };
    Some(block(&code, item.doc.as_deref()))
}

fn builtin(a: &Analysis, name: &str) -> String {
    let r = StubRef { module: "builtins".into(), path: vec![name.to_string()] };
    stub(a, name, &r, false).unwrap_or_else(|| block(&format!("(builtin) {name}"), None))
}

/// The docstring of a callable, for signature help.
pub fn hover_doc(a: &Analysis, ty: &Ty) -> Option<String> {
    match ty {
        Ty::Stub(r) => a.stubs.get(r).and_then(|i| i.doc.clone()),
        Ty::UserFunction(id) => a.model().bindings[*id].function.as_ref().and_then(|f| f.doc.clone()),
        Ty::UserClass(id) => a.model().bindings[*id].class.as_ref().and_then(|c| c.doc.clone()),
        _ => None,
    }
}
