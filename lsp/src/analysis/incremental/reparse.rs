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

use super::shift::map_stmt;
use super::TextDiff;
use crate::analysis::{Analysis, Program, Syntax};
use upy_syntax::{ast, parse, ParseOptions, Span};

/// The syntax of `program` from `prev`'s, re-parsing the touched statements.
pub fn reparse(prev: &Analysis, program: &Program) -> Option<Syntax> {
    if prev.program.parts.len() != 1 || program.parts.len() != 1 {
        return None;
    }
    let outline = prev.outline();
    if !outline.clean {
        return None;
    }
    let (old, new) = (&prev.text()[..prev.program.parts[0].end as usize], &program.text[..program.parts[0].end as usize]);
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
    // The kept statements come from the newest tree built: `prev`'s, or, if
    // `prev` was carried over, its root's moved across the edits since.
    // (The lock is released before `prev.module()`, which may take it.)
    let origin = if prev.syntax.get().is_none() { prev.origin.lock().ok().filter(|o| o.is_some()) } else { None };
    let (old_body, replayed): (&[ast::Stmt], &[TextDiff]) = match origin.as_ref().and_then(|o| o.as_ref()) {
        Some(o) => (&o.root.module().body, &o.diffs),
        None => (&prev.module().body, &[]),
    };
    let start_of = |s: &ast::Stmt| replayed.iter().fold(s.span.start, |p, d| d.map_start(p).unwrap_or(p));
    let kept_before = old_body.partition_point(|s| start_of(s) < from);
    let kept_after = old_to.map_or(old_body.len(), |to| old_body.partition_point(|s| (start_of(s) as usize) < to));
    let mut body = Vec::with_capacity(kept_before + parsed.module.body.len() + old_body.len() - kept_after);
    for s in &old_body[..kept_before] {
        let mut s = s.clone();
        map_stmt(&mut s, replayed);
        body.push(s);
    }
    body.extend(parsed.module.body);
    let moved: Vec<TextDiff> = replayed.iter().copied().chain([d]).collect();
    for s in &old_body[kept_after..] {
        let mut s = s.clone();
        map_stmt(&mut s, &moved);
        body.push(s);
    }
    let module = ast::Module { body, span: Span::new(0, program.text.len() as u32) };
    Some(Syntax { module, errors: parsed.errors })
}
