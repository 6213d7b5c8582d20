//! Reading the text around a cursor: identifiers, dotted chains before a
//! dot, the call a cursor is inside. Works on raw text because the code
//! being typed is usually not valid yet.

use super::model::BuiltinType;
use upy_syntax::stops::stops;
use upy_syntax::token::TokenKind;

/// Is `offset` inside a comment or a string on its line? (Triple-quoted
/// strings spanning lines are not tracked: a cheap, line-local check.)
pub fn in_comment_or_string(text: &str, offset: usize) -> bool {
    let offset = floor_boundary(text, offset.min(text.len()));
    stops(&text[line_start(text, offset)..offset]).in_string_or_comment()
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// Where the statement around `offset` starts, near enough for reading
/// brackets: back to a line that starts at column 0 with code (at most a
/// few thousand bytes back: calls are short).
fn statement_start(text: &str, offset: usize) -> usize {
    let floor = floor_boundary(text, offset.saturating_sub(4000));
    let mut at = line_start(text, offset);
    while at > floor {
        let first = text[at..].chars().next().unwrap_or(' ');
        if !first.is_whitespace() && !matches!(first, ')' | ']' | '}' | '#') {
            return at;
        }
        at = line_start(text, at - 1);
    }
    floor
}

pub fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier prefix ending at `offset`: (start, text).
pub fn ident_before(text: &str, offset: usize) -> (usize, &str) {
    let offset = offset.min(text.len());
    let start =
        text[..offset].char_indices().rev().take_while(|(_, c)| is_ident_char(*c)).last().map_or(offset, |(i, _)| i);
    (start, &text[start..offset])
}

/// The identifier covering `offset`: (start, end).
pub fn ident_at(text: &str, offset: usize) -> Option<(usize, usize)> {
    let offset = offset.min(text.len());
    let (start, _) = ident_before(text, offset);
    let end = offset + text[offset..].chars().take_while(|c| is_ident_char(*c)).map(char::len_utf8).sum::<usize>();
    (end > start && !text[start..].starts_with(|c: char| c.is_ascii_digit())).then_some((start, end))
}

/// One link of a dotted chain: a name, optionally called. The first link
/// may be a string literal instead (`", ".join`): `literal` is its type
/// and `name` is empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainLink {
    pub name: String,
    pub called: bool,
    pub literal: Option<BuiltinType>,
}

/// The chain before a `.` at `dot` (exclusive): `machine.Pin(2).` →
/// [machine, Pin()]. None when it is not a plain chain.
pub fn chain_before(text: &str, dot: usize) -> Option<Vec<ChainLink>> {
    let bytes = text.as_bytes();
    let mut end = dot;
    let mut links = Vec::new();
    loop {
        let mut called = false;
        if end > 0 && bytes[end - 1] == b')' {
            let open = matching_open(text, end - 1)?;
            called = true;
            end = open;
        }
        let (start, name) = ident_before(text, end);
        if name.is_empty() && !called {
            let literal = string_literal_before(text, end)?;
            links.push(ChainLink { name: String::new(), called: false, literal: Some(literal) });
            break;
        }
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        links.push(ChainLink { name: name.to_string(), called, literal: None });
        if start > 0 && bytes[start - 1] == b'.' {
            end = start - 1;
        } else {
            break;
        }
    }
    links.reverse();
    Some(links)
}

/// The type of a string literal that ends at `end` on its line (`'a'`,
/// `b"x"`, `f"{v}"`): `str`, or `bytes` for a `b` prefix.
fn string_literal_before(text: &str, end: usize) -> Option<BuiltinType> {
    if !matches!(text.as_bytes().get(end.checked_sub(1)?), Some(b'"' | b'\'')) {
        return None;
    }
    let start = line_start(text, end);
    let (tokens, _) = upy_syntax::tokenize(&text[start..end], upy_syntax::ParseOptions::default());
    let mut real = tokens.iter().rev().filter(|t| !t.span.is_empty() && !matches!(t.kind, TokenKind::Newline));
    let last = real.next()?;
    if last.span.end as usize != end - start {
        return None;
    }
    // `x'a'`: a name glued to the quote is no prefix; this is no literal.
    if real.next().is_some_and(|t| t.span.end == last.span.start && t.kind == TokenKind::Name) {
        return None;
    }
    match last.kind {
        TokenKind::Bytes => Some(BuiltinType::Bytes),
        TokenKind::Str | TokenKind::FString => Some(BuiltinType::Str),
        // A name ending right before a quote: not a literal's prefix.
        _ => None,
    }
}

/// The bracket `close` (a `)`, `]` or `}`) closes.
fn matching_open(text: &str, close: usize) -> Option<usize> {
    let start = statement_start(text, close);
    let (span, _) = stops(&text[start..close]).innermost()?;
    Some(start + span.start as usize)
}

/// The call the cursor is inside: the offset of its `(`, the index of the
/// argument the cursor is in, and the keyword being written (`name=`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallContext {
    pub open_paren: usize,
    pub arg_index: usize,
    pub keyword: Option<String>,
    /// Keywords already given in the call.
    pub given_keywords: Vec<String>,
    /// Positional arguments before the cursor's argument.
    pub positional_before: usize,
}

pub fn call_context(text: &str, offset: usize) -> Option<CallContext> {
    let offset = floor_boundary(text, offset.min(text.len()));
    let start = statement_start(text, offset);
    let (span, opener) = stops(&text[start..offset]).innermost()?;
    let open = (opener == '(').then_some(start + span.start as usize);
    let open = open?;
    let inside = &text[open + 1..offset];
    let current = inside.rsplit(',').next().unwrap_or("");
    let keyword = current.split_once('=').and_then(|(k, v)| {
        let k = k.trim();
        (!v.starts_with('=') && !k.is_empty() && k.chars().all(is_ident_char)).then(|| k.to_string())
    });
    let args = top_level_args(inside);
    let positional_before =
        args[..args.len() - 1].iter().filter(|a| !a.contains('=') && !a.trim().starts_with('*')).count();
    let given_keywords = args
        .iter()
        .filter_map(|a| a.split_once('=').map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.is_empty() && k.chars().all(is_ident_char))
        .collect();
    Some(CallContext { open_paren: open, arg_index: args.len() - 1, keyword, given_keywords, positional_before })
}

fn top_level_args(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains() {
        let t = "x = machine.Pin(2, 3).";
        let c = chain_before(t, t.len() - 1).unwrap();
        let link = |name: &str, called| ChainLink { name: name.into(), called, literal: None };
        assert_eq!(c, vec![link("machine", false), link("Pin", true)]);
        let t = "s = ', '.join(x).";
        let c = chain_before(t, t.len() - 1).unwrap();
        assert_eq!(c[0].literal, Some(BuiltinType::Str));
        assert_eq!(c[1..], [link("join", true)]);
        for (t, want) in [
            ("b'x'.", Some(BuiltinType::Bytes)),
            ("f\"{a}\".", Some(BuiltinType::Str)),
            ("'it\\'s'.", Some(BuiltinType::Str)),
            ("x'a'.", None),
        ] {
            assert_eq!(chain_before(t, t.len() - 1).and_then(|c| c[0].literal), want, "{t}");
        }
        assert!(in_comment_or_string("a = 'x.", 7));
        assert!(!in_comment_or_string("a = 'x'.", 8));
    }

    #[test]
    fn call_contexts() {
        let t = "Pin(2, mode=1, pu";
        let c = call_context(t, t.len()).unwrap();
        assert_eq!(c.arg_index, 2);
        assert_eq!(c.given_keywords, vec!["mode".to_string()]);
        let t = "f(a, b=";
        assert_eq!(call_context(t, t.len()).unwrap().keyword.as_deref(), Some("b"));
    }
}
