//! What the identifier under a cursor names: a binding in the user's code,
//! a builtin, or an attribute of something whose type is known.

use super::infer::Ty;
use super::model::{BindingId, Lookup};
use super::text::{chain_before, ident_at};
use super::Analysis;
use upy_syntax::Span;

#[derive(Clone, Debug)]
pub enum Named {
    Binding(BindingId),
    Builtin(String),
    /// `owner.name`, with what the member is when known.
    Member {
        owner: Ty,
        name: String,
        ty: Option<Ty>,
    },
}

pub fn named_at(a: &Analysis, offset: usize) -> Option<(Span, Named)> {
    let text = a.text();
    let (start, end) = ident_at(text, offset)?;
    let span = Span::new(start as u32, end as u32);
    let name = &text[start..end];
    if super::text::in_comment_or_string(text, start) {
        return None;
    }
    if start > 0 && text.as_bytes()[start - 1] == b'.' {
        // `from m import x` names a member too, but reads as a plain name.
        let chain = chain_before(text, start - 1)?;
        let owner = a.chain_ty(&chain, start as u32)?;
        let ty = a.infer().member(&owner, name);
        return Some((span, Named::Member { owner, name: name.to_string(), ty }));
    }
    // A binding's own identifier (a def name, an import, a parameter).
    if let Some(id) = a.model().bindings.iter().position(|b| b.span.start as usize == start && b.name == name) {
        return Some((span, Named::Binding(id)));
    }
    let scope = a.model().scope_at(start as u32, text);
    match a.model().lookup(scope, name, Some(start as u32)) {
        Lookup::Binding(id) => Some((span, Named::Binding(id))),
        Lookup::Builtin => Some((span, Named::Builtin(name.to_string()))),
        Lookup::Undefined => None,
    }
}
