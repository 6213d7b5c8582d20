//! Go to definition: a place in the user's program, or in a stub file.

use super::infer::Ty;
use super::model::{BindingKind, Origin};
use super::resolve_at::{named_at, Named};
use super::stubs::StubRef;
use super::Analysis;
use upy_syntax::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Definition {
    /// In the analysed program.
    Local(Span),
    /// In a stub: module name, its folder, and the span in its source.
    Stub { module: String, folder: String, span: Span },
}

pub fn definition(a: &Analysis, offset: usize) -> Option<Definition> {
    let (_, named) = named_at(a, offset)?;
    match named {
        Named::Binding(id) => {
            let b = &a.model().bindings[id];
            // An import leads on into the stub it names.
            if matches!(b.kind, BindingKind::Import | BindingKind::FromImport | BindingKind::StarImport) {
                if let Some(d) = a.infer().binding(id).and_then(|t| ty_definition(a, &t)) {
                    return Some(d);
                }
                if !matches!(b.origin, Origin::Unknown) && b.kind == BindingKind::StarImport {
                    return None;
                }
            }
            Some(Definition::Local(b.span))
        }
        Named::Builtin(name) => stub_definition(a, &StubRef { module: "builtins".into(), path: vec![name] }),
        Named::Member { ty: Some(ty), .. } => ty_definition(a, &ty),
        Named::Member { .. } => None,
    }
}

fn ty_definition(a: &Analysis, ty: &Ty) -> Option<Definition> {
    match ty {
        Ty::Module(m) => {
            let module = a.stubs.module(m)?;
            Some(Definition::Stub { module: module.name.clone(), folder: module.folder.clone(), span: Span::new(0, 0) })
        }
        Ty::Stub(r) => stub_definition(a, r),
        Ty::UserClass(id) | Ty::UserFunction(id) => Some(Definition::Local(a.model().bindings[*id].span)),
        _ => None,
    }
}

fn stub_definition(a: &Analysis, r: &StubRef) -> Option<Definition> {
    let (canon, ()) = a.stubs.resolve(r)?;
    let item = a.stubs.get(&canon)?;
    let module = a.stubs.module(&canon.module)?;
    Some(Definition::Stub { module: module.name.clone(), folder: module.folder.clone(), span: item.span })
}

/// Spans naming the same symbol as the one at `offset` (for references,
/// highlights and rename), bindings included.
pub fn references(a: &Analysis, offset: usize) -> Option<Vec<Span>> {
    let (_, named) = named_at(a, offset)?;
    match named {
        Named::Binding(id) if a.model().bindings[id].kind != BindingKind::StarImport => {
            Some(a.model().symbol_spans(id))
        }
        _ => None,
    }
}
