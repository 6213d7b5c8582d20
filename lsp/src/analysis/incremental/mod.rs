//! The analysis after an edit, from the one before it: carried over whole
//! when the edit changed no token (here); with only the function body it
//! changed re-checked, against the module level (`recheck`, `env`); or with
//! only the statements it touched re-parsed (`reparse`). None of these
//! builds a tree: the new one's statements are a list of references into
//! older trees (`lazy_body`), and completion near the edit gets a model of
//! its own (`patch`). The server keeps no log of edits: the two texts are
//! compared (`diff`).
//!
//! Most keystrokes change the program; many do not: spaces at the end of a
//! line, blank lines, comments on lines of their own or after the code. For
//! those the new diagnostics are the old ones moved by the edit's length, so
//! they are published without parsing or checking anything.
//!
//! Why that is exact: the parser is a function of the token stream (kind,
//! text and span of each token), and node spans run from a token's start to
//! another token's end. If re-lexing the stretch around the edit gives the
//! same tokens, the ones after the edit moved by the edit's length, then the
//! whole file's tokens, tree and model are the old ones shifted. The checks
//! also read source text, but only slices of nodes within one logical line
//! and the lines after an import; so the edit must lie between logical
//! lines (after a line's last token, or before the next line's first), where
//! no such slice reaches. The stretch re-lexed starts and ends where the
//! lexer is in its initial state: at top-level statements that begin a line
//! of a file without syntax errors (so no bracket is open and no string
//! unterminated there). A test compares the result with a fresh analysis
//! over thousands of random edits (`tests/incremental.rs`).

use super::diagnostic::Diagnostic;
use super::stubs::StubSet;
use super::{board::Board, Analysis, Program};
use std::sync::Arc;
use upy_syntax::lexer::{lex, LexOptions};
use upy_syntax::token::{Token, TokenKind};
use upy_syntax::Span;

mod diff;
mod env;
mod lazy_body;
mod patch;
mod recheck;
mod reparse;
mod shift;

pub use diff::TextDiff;
pub use env::{Env, EnvView};
pub use lazy_body::{LazyBody, StmtRef};
pub use patch::Patch;
pub use recheck::recheck;
pub use reparse::{reparse, Reparsed};

/// Where a program can be cut for re-lexing a stretch of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outline {
    /// A single part without syntax errors: at every top-level statement
    /// that begins a line the lexer is in its initial state.
    pub clean: bool,
    /// Offsets of the top-level statements, ascending.
    pub starts: Vec<u32>,
}

impl Outline {
    pub fn of(a: &Analysis) -> Outline {
        let (clean, mut starts): (bool, Vec<u32>) = match a.lazy_body() {
            Some(lazy) => (lazy.errors.is_empty(), lazy.stmts.iter().map(|r| r.span().start).collect()),
            None => (a.syntax_errors().is_empty(), a.module().body.iter().map(|s| s.span.start).collect()),
        };
        let clean = clean && a.program.parts.len() == 1;
        starts.dedup();
        Outline { clean, starts }
    }

    /// The statement starts that begin a line of `text` (not after `;`, not
    /// after a backslash): the places a stretch may start or stop.
    pub fn cuts(&self, text: &str) -> Vec<u32> {
        self.starts.iter().copied().filter(|&s| begins_line(text.as_bytes(), s as usize)).collect()
    }
}

/// Does `at` begin a line that is not the continuation of another (after a
/// backslash)?
fn begins_line(text: &[u8], at: usize) -> bool {
    let Some(before) = text.get(..at) else { return false };
    let line_break = match before {
        [] => return true,
        [.., b'\r', b'\n'] => 2,
        [.., b'\n' | b'\r'] => 1,
        _ => return false,
    };
    !before[..at - line_break].ends_with(b"\\")
}

/// Does `text` end with a backslash and a line break (so the line after it
/// continues its last line)?
pub(super) fn ends_in_continuation(text: &str) -> bool {
    text.trim_end_matches(['\n', '\r']).ends_with('\\')
}

/// The analysis of `program` derived from `prev` without parsing, when the
/// edit between them changed no token and lies between logical lines.
pub fn carry_over(
    prev: &Arc<Analysis>,
    program: Program,
    board: Board,
    stubs: Arc<StubSet>,
) -> Result<Analysis, Program> {
    match shifted(prev, &program, board) {
        Some((diagnostics, outline, diff)) => {
            let body = LazyBody::of(prev);
            let body = match &diff {
                Some(d) => body.across(d),
                None => body,
            };
            let env = prev.env_view().map(|v| v.after(diff));
            let a = Analysis::with_known(program, board, stubs, diagnostics, outline, body);
            if let Some(env) = env {
                a.set_env(env);
            }
            Ok(a)
        }
        None => Err(program),
    }
}

fn shifted(prev: &Analysis, program: &Program, board: Board) -> Option<(Vec<Diagnostic>, Outline, Option<TextDiff>)> {
    if prev.board != board || prev.program.parts.len() != 1 || program.parts.len() != 1 {
        return None;
    }
    let outline = prev.outline();
    if !outline.clean {
        return None;
    }
    // The part alone: `Program` may add a line break after it.
    let (old, new) =
        (&prev.text()[..prev.program.parts[0].end as usize], &program.text[..program.parts[0].end as usize]);
    let Some(d) = TextDiff::between(old, new) else {
        return Some((prev.diagnostics().to_vec(), outline.clone(), None));
    };
    // The stretch to re-lex: from the last clean point before the edit to
    // the first one after it (the line break before that point unchanged).
    let cuts = outline.cuts(old);
    let before = cuts.partition_point(|&s| (s as usize) < d.start);
    let from = if before == 0 { 0 } else { cuts[before - 1] as usize };
    let after = cuts.partition_point(|&s| (s as usize) <= d.old_end);
    let old_to = cuts.get(after).map_or(old.len(), |&s| s as usize);
    let new_to = (old_to as i64 + d.delta()) as usize;
    // A backslash before that line break would join the next line to it.
    if new_to < new.len() && ends_in_continuation(&new[..new_to]) {
        return None;
    }
    let lex_at = |text: &str, to: usize| {
        let (tokens, errors) =
            lex(&text[from..to], LexOptions { base: from as u32, keep_comments: false, inside_brackets: false });
        errors.is_empty().then_some(tokens)
    };
    let old_tokens = lex_at(old, old_to)?;
    let new_tokens = lex_at(new, new_to)?;
    if !same_tokens_moved(&old_tokens, &new_tokens, old, new, &d) {
        return None;
    }
    let mut diagnostics = prev.diagnostics().iter().map(|x| moved(x, &d)).collect::<Option<Vec<_>>>()?;
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end, d.code.as_str()));
    let starts = outline.starts.iter().map(|&s| d.map_start(s)).collect::<Option<Vec<u32>>>()?;
    Some((diagnostics, Outline { clean: true, starts }, Some(d)))
}

/// A diagnostic and its fixes where the edit `d` moved them; None if
/// either touches the edited text.
fn moved(x: &Diagnostic, d: &TextDiff) -> Option<Diagnostic> {
    let mut x = x.clone();
    x.span = d.map_span(x.span)?;
    for fix in &mut x.fixes {
        for edit in &mut fix.edits {
            edit.span = d.map_span(edit.span)?;
        }
    }
    Some(x)
}

/// Same kinds and texts; tokens before the edit in place, tokens after it
/// moved by its length; and the edit between logical lines.
fn same_tokens_moved(old: &[Token], new: &[Token], old_text: &str, new_text: &str, d: &TextDiff) -> bool {
    if old.len() != new.len() {
        return false;
    }
    fn text(t: &str, s: Span) -> Option<&str> {
        t.get(s.start as usize..s.end as usize)
    }
    let mut first_moved = None;
    for (i, (o, n)) in old.iter().zip(new).enumerate() {
        if o.kind != n.kind || text(old_text, o.span) != text(new_text, n.span) {
            return false;
        }
        let stays = n.span == o.span && o.span.end as usize <= d.start;
        if first_moved.is_none() && stays {
            continue;
        }
        first_moved.get_or_insert(i);
        let moved = (o.span.start as usize) >= d.old_end && d.map_span(o.span) == Some(n.span);
        if !moved {
            return false;
        }
    }
    match first_moved {
        // The edit is followed by a line break, or follows one.
        Some(p) if p > 0 => {
            matches!(old[p].kind, TokenKind::Newline | TokenKind::EndOfFile) || old[p - 1].kind == TokenKind::Newline
        }
        _ => false,
    }
}
