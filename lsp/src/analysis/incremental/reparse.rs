//! Parsing only the statements an edit touched, when the edit changed
//! tokens: the top-level statements before and after them are kept (the
//! ones after moved by the edit's length), so a keystroke costs a parse of
//! a few lines instead of the whole file.
//!
//! Why that is exact: in a file without syntax errors the lexer is in its
//! initial state where a top-level statement begins a line, so the text
//! from there on lexes the same whatever came before. The parser decides
//! where a statement ends by looking one token past it (`else`, `except`…
//! continue it), so the re-parsed stretch starts one whole unchanged
//! statement before the edit, and where it stops short of the end of the
//! file it must parse without errors (an error could run on into the next
//! statement). `tests/incremental.rs` compares the tree and errors with a
//! fresh parse over thousands of random edits.

use super::{LazyBody, Patch, StmtRef, TextDiff};
use crate::analysis::{Analysis, Program};
use std::sync::Arc;
use upy_syntax::{parse, ParseOptions, Span};

/// The statements after an edit, and what it re-parsed (when the module
/// level before it is known).
pub struct Reparsed {
    pub body: LazyBody,
    pub patch: Option<Patch>,
}

/// The top-level statements of `program` from `prev`'s, re-parsing the
/// touched ones.
pub fn reparse(prev: &Arc<Analysis>, program: &Program) -> Option<Reparsed> {
    if prev.program.parts.len() != 1 || program.parts.len() != 1 {
        return None;
    }
    let outline = prev.outline();
    if !outline.clean {
        return None;
    }
    let (old, new) =
        (&prev.text()[..prev.program.parts[0].end as usize], &program.text[..program.parts[0].end as usize]);
    let old_text_len = old.len();
    let d = TextDiff::between(old, new)?;
    let cuts = outline.cuts(old);
    let before = cuts.partition_point(|&s| (s as usize) < d.start);
    let from = if before >= 2 { cuts[before - 2] } else { 0 };
    let after = cuts.partition_point(|&s| (s as usize) <= d.old_end);
    let old_to = cuts.get(after).map(|&s| s as usize);
    let new_to = old_to.map_or(new.len(), |to| (to as i64 + d.delta()) as usize);
    // A backslash before the stretch's last line break would join the next
    // statement's line to it.
    if old_to.is_some() && super::ends_in_continuation(&new[..new_to]) {
        return None;
    }
    let parsed = parse(&new[from as usize..new_to], ParseOptions { byte_offset: from });
    if old_to.is_some() && !parsed.errors.is_empty() {
        return None;
    }
    let old = LazyBody::of(prev);
    let kept_before = old.stmts.partition_point(|r| r.span().start < from);
    let kept_after = old_to.map_or(old.stmts.len(), |to| old.stmts.partition_point(|r| (r.span().start as usize) < to));
    let mut stmts = Vec::with_capacity(kept_before + parsed.module.body.len() + old.stmts.len() - kept_after);
    stmts.extend(old.stmts[..kept_before].iter().cloned());
    stmts.extend(parsed.module.body.into_iter().map(StmtRef::parsed));
    let new_stmts = stmts[kept_before..].to_vec();
    stmts.extend(old.stmts[kept_after..].iter().map(|r| r.across(&d)));
    let patch = prev.env_view().map(|before| Patch {
        before: before.clone(),
        diff: d,
        old: Span::new(from, old_to.unwrap_or(old_text_len) as u32),
        new: Span::new(from, new_to as u32),
        stmts: new_stmts,
    });
    Some(Reparsed { body: LazyBody { stmts, errors: parsed.errors }, patch })
}
