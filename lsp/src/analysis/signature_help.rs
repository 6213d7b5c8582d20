//! Signature help: the signatures of the call around the cursor, with the
//! parameter being filled highlighted.

use super::completion::callee_ty;
use super::text::{call_context, chain_before, in_comment_or_string};
use super::Analysis;

pub struct SignatureInfo {
    pub label: String,
    /// Byte ranges of each parameter inside `label`.
    pub params: Vec<(usize, usize)>,
    pub doc: Option<String>,
    pub active_param: Option<usize>,
}

pub struct SignatureHelp {
    pub signatures: Vec<SignatureInfo>,
    pub active_signature: usize,
}

pub fn signature_help(a: &Analysis, offset: usize) -> Option<SignatureHelp> {
    let text = a.text();
    if in_comment_or_string(text, offset) {
        return None;
    }
    let ctx = call_context(text, offset)?;
    let chain = chain_before(text, ctx.open_paren)?;
    let name = chain.last()?.name.clone();
    let (callee, via_instance) = callee_ty(a, &chain, offset as u32)?;
    let infer = a.infer();
    let sigs = infer.signatures(&callee, via_instance);
    if sigs.is_empty() {
        return None;
    }
    let doc = super::hover::hover_doc(a, &callee);
    let mut out = Vec::new();
    let mut active_signature = 0;
    for (i, sig) in sigs.iter().enumerate() {
        let labels = sig.param_labels();
        let mut label = format!("{name}(");
        // Byte ranges of real parameters (the `*` and `/` markers are not).
        let mut params = Vec::new();
        for (j, l) in labels.iter().enumerate() {
            if j > 0 {
                label.push_str(", ");
            }
            let start = label.len();
            label.push_str(l);
            if l != "*" && l != "/" {
                params.push((start, label.len()));
            }
        }
        label.push(')');
        if let Some(r) = &sig.returns {
            label.push_str(" -> ");
            label.push_str(r);
        }
        let active = sig.active_param(ctx.arg_index, ctx.keyword.as_deref());
        if active.is_some() && out.iter().all(|s: &SignatureInfo| s.active_param.is_none()) {
            active_signature = i;
        }
        out.push(SignatureInfo { label, params, doc: doc.clone(), active_param: active });
    }
    Some(SignatureHelp { signatures: out, active_signature })
}
