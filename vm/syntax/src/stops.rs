//! Where a piece of source text stops, as the lexer sees it: inside open
//! brackets, inside a string, inside a comment, or after a line-joining
//! backslash. A console asks this to know whether to read another line
//! (the kernel's `is_complete`, the virtual board's REPL), and the
//! language server to know whether the cursor sits in a string or a call.
//! One function on the real lexer, so that all of them agree with it.

use crate::lexer::{lex, LexOptions};
use crate::span::Span;
use crate::token::TokenKind;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stop {
    /// Brackets opened and not closed, outermost first: the opener's span
    /// and the opener (`(`, `[` or `{`).
    pub open_brackets: Vec<(Span, char)>,
    /// A string the text ends inside: where it starts, and whether it is
    /// triple-quoted (which may go on over lines; a short one may not).
    pub open_string: Option<(Span, bool)>,
    /// The text ends inside a `#` comment.
    pub in_comment: bool,
    /// The last line ends with a `\` that joins it to the next.
    pub backslash: bool,
    /// A closing bracket with no opener, or the wrong one: no more text
    /// can make this valid.
    pub unbalanced: bool,
    /// Start of the physical line where the last statement (logical line)
    /// begins; None for text with no code.
    pub last_statement: Option<usize>,
}

impl Stop {
    /// Does the text need more lines to be a whole statement (an open
    /// bracket, an open triple-quoted string, a trailing backslash)?
    pub fn needs_more(&self) -> bool {
        !self.open_brackets.is_empty() || matches!(self.open_string, Some((_, true))) || self.backslash
    }

    /// Does the text end inside a string or a comment?
    pub fn in_string_or_comment(&self) -> bool {
        self.open_string.is_some() || self.in_comment
    }

    /// The innermost bracket left open, if any.
    pub fn innermost(&self) -> Option<(Span, char)> {
        self.open_brackets.last().copied()
    }
}

/// Where `text` stops.
pub fn stops(text: &str) -> Stop {
    let (tokens, errors) = lex(text, LexOptions { base: 0, keep_comments: true, inside_brackets: false });
    let mut stop = Stop::default();
    let mut stack: Vec<(Span, char)> = Vec::new();
    let end = text.len() as u32;
    let mut line_begins = true;
    for t in &tokens {
        match t.kind {
            TokenKind::Newline => line_begins = true,
            TokenKind::Indent | TokenKind::Dedent | TokenKind::Comment | TokenKind::EndOfFile => {}
            _ if line_begins && !t.span.is_empty() => {
                let at = t.span.start as usize;
                stop.last_statement = Some(text[..at].rfind('\n').map_or(0, |i| i + 1));
                line_begins = false;
            }
            _ => {}
        }
        let opener = match t.kind {
            TokenKind::LParen => Some('('),
            TokenKind::LBracket => Some('['),
            TokenKind::LBrace => Some('{'),
            _ => None,
        };
        if let Some(c) = opener {
            stack.push((t.span, c));
            continue;
        }
        if matches!(t.kind, TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace) {
            let popped = stack.pop();
            // The lexer closes brackets left open with zero-width closers at
            // the end of the text: those brackets are the open ones.
            if t.span.is_empty() {
                if let Some(open) = popped {
                    stop.open_brackets.insert(0, open);
                }
            }
            continue;
        }
        if t.kind == TokenKind::UnterminatedString {
            let s = &text[t.span.start as usize..t.span.end as usize];
            let body = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = body.starts_with("\"\"\"") || body.starts_with("'''");
            stop.open_string = Some((t.span, triple));
        }
        if t.kind == TokenKind::Comment && t.span.end == end {
            stop.in_comment = true;
        }
    }
    stop.open_brackets.sort_by_key(|(s, _)| s.start);
    stop.unbalanced =
        errors.iter().any(|e| e.message.starts_with("unmatched") || e.message.starts_with("closing parenthesis"));
    // A backslash ending the last line (with or without its line break),
    // outside any string or comment.
    let trimmed = text.strip_suffix('\n').map(|t| t.strip_suffix('\r').unwrap_or(t)).unwrap_or(text);
    if trimmed.ends_with('\\') {
        let at = trimmed.len() as u32 - 1;
        let inside = tokens.iter().any(|t| {
            matches!(
                t.kind,
                TokenKind::Str
                    | TokenKind::Bytes
                    | TokenKind::FString
                    | TokenKind::UnterminatedString
                    | TokenKind::Comment
            ) && t.span.start <= at
                && at < t.span.end
        });
        stop.backslash = !inside;
    }
    stop
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_left_open() {
        let s = stops("print(f(1,\n  [2, ");
        assert_eq!(s.open_brackets.iter().map(|(_, c)| *c).collect::<String>(), "(([");
        assert!(s.needs_more() && !s.unbalanced);
        assert_eq!(s.innermost().map(|(sp, _)| sp.start), Some(13));
        assert!(!stops("print(f(1), [2])").needs_more());
        assert!(stops("x = 1)").unbalanced);
        assert!(stops("x = (1]").unbalanced);
    }

    #[test]
    fn strings_comments_and_backslashes() {
        assert_eq!(stops("s = '''abc\nde").open_string.map(|(_, t)| t), Some(true));
        assert!(stops("s = '''abc\nde").needs_more());
        assert_eq!(stops("s = 'abc").open_string.map(|(_, t)| t), Some(false));
        assert!(!stops("s = 'abc").needs_more());
        assert!(stops("s = rb'''x").open_string.is_some());
        assert!(stops("x = 1  # (").in_comment);
        assert!(!stops("s = ')'  # ((").needs_more());
        assert!(stops("x = 1 + \\").backslash);
        assert!(stops("x = 1 + \\\n").backslash);
        assert!(!stops("s = 'a\\\\'").backslash);
        assert!(!stops("# c \\").backslash);
        assert!(stops("f'{x").open_string.is_some());
    }

    #[test]
    fn where_the_last_statement_begins() {
        assert_eq!(stops("x = 1\nif x:\n    y = (1,\n  2)\n").last_statement, Some(12));
        assert_eq!(stops("x = 1\n# c\n\n").last_statement, Some(0));
        assert_eq!(stops("   \n").last_statement, None);
    }
}
