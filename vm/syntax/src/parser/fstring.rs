//! f-strings: literal text, `{{`/`}}` escapes, and `{expr=!r:spec}` fields
//! whose format spec may hold fields of its own. Each field's expression is
//! lexed and parsed on its own, with spans pointing into the real source.
//! Errors inside a field are recorded and the rest of the string still
//! parses.

use super::strings::{push_literal, Literal};
use super::{PResult, Parser};
use crate::ast::{Expr, FStringPart};
use crate::lexer::{lex, LexOptions};
use crate::span::Span;
use crate::token::TokenKind;

/// The text of one f-string literal being parsed.
struct Source<'a> {
    content: &'a str,
    /// Absolute offset of `content[0]`.
    base: u32,
    raw: bool,
}

impl Source<'_> {
    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.base + from as u32, self.base + to as u32)
    }
}

impl<'src> Parser<'src> {
    pub(crate) fn parse_fstring(&mut self, literal: &Literal<'_>, parts: &mut Vec<FStringPart>) -> PResult<()> {
        let source = Source { content: literal.content, base: literal.content_start, raw: literal.raw };
        self.fstring_parts(&source, 0, false, parts)?;
        Ok(())
    }

    /// Literal text and fields from `from`; inside a format spec
    /// (`in_spec`), stops at the `}` closing the field and returns its index.
    fn fstring_parts(
        &mut self,
        source: &Source<'_>,
        from: usize,
        in_spec: bool,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<usize> {
        let bytes = source.content.as_bytes();
        let (mut i, mut segment) = (from, from);
        while i < bytes.len() {
            match bytes[i] {
                b'{' if !in_spec && bytes.get(i + 1) == Some(&b'{') => {
                    self.fstring_literal(source, segment, i + 1, parts);
                    i += 2;
                    segment = i;
                }
                b'{' => {
                    self.fstring_literal(source, segment, i, parts);
                    i = self.nested(|p| p.fstring_field(source, i + 1, parts))?;
                    segment = i;
                }
                b'}' if in_spec => {
                    self.fstring_literal(source, segment, i, parts);
                    return Ok(i);
                }
                b'}' if bytes.get(i + 1) == Some(&b'}') => {
                    self.fstring_literal(source, segment, i + 1, parts);
                    i += 2;
                    segment = i;
                }
                b'}' => {
                    self.error(source.span(i, i + 1), "f-string: single '}' is not allowed");
                    self.fstring_literal(source, segment, i, parts);
                    i += 1;
                    segment = i;
                }
                b'\\' if !source.raw => {
                    // Skip the escaped character so `\'` is not mistaken for
                    // anything; `\{` still starts a field, as in CPython.
                    i += 1;
                    if i < bytes.len() && !matches!(bytes[i], b'{' | b'}') {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        self.fstring_literal(source, segment, bytes.len(), parts);
        Ok(bytes.len())
    }

    fn fstring_literal(&mut self, source: &Source<'_>, from: usize, to: usize, parts: &mut Vec<FStringPart>) {
        if from >= to {
            return;
        }
        let Some(text) = source.content.get(from..to) else { return };
        let decoded = self.decode_text(text, source.base + from as u32, source.raw);
        push_literal(parts, decoded);
    }

    /// One `{...}` field; `start` is just past the `{`. Returns the index
    /// just past the closing `}`.
    fn fstring_field(&mut self, source: &Source<'_>, start: usize, parts: &mut Vec<FStringPart>) -> PResult<usize> {
        let bytes = source.content.as_bytes();
        let mut j = start;
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        let mut debug = false;
        let mut scan_error = false;
        while j < bytes.len() {
            let c = bytes[j];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                } else if c == b'\\' && !scan_error {
                    scan_error = true;
                    self.error(source.span(j, j + 1), "f-string expression part cannot include a backslash");
                }
                j += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'\\' if !scan_error => {
                    scan_error = true;
                    self.error(source.span(j, j + 1), "f-string expression part cannot include a backslash");
                }
                b'#' if !scan_error => {
                    scan_error = true;
                    self.error(source.span(j, j + 1), "f-string expression part cannot include '#'");
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth > 0 => depth -= 1,
                b'}' | b':' if depth == 0 => break,
                b'!' if depth == 0 && bytes.get(j + 1) != Some(&b'=') => break,
                b'=' if depth == 0
                    && bytes.get(j + 1) != Some(&b'=')
                    && !matches!(j.checked_sub(1).map(|k| bytes[k]), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    debug = true;
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        if j >= bytes.len() {
            self.error(source.span(start.saturating_sub(1), bytes.len()), "f-string: expecting '}'");
            return Ok(bytes.len());
        }
        let expr_text = source.content.get(start..j).unwrap_or("");
        let expr = if scan_error {
            Self::error_expr(source.span(start, j))
        } else if expr_text.trim().is_empty() {
            self.error(source.span(start.saturating_sub(1), j + 1), "f-string: empty expression not allowed");
            Self::error_expr(source.span(start, j))
        } else {
            self.parse_fstring_expression(expr_text, source.base + start as u32)
        };
        let debug_text = if debug {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            source.content.get(start..j).map(str::to_string)
        } else {
            None
        };
        let mut conversion = None;
        if bytes.get(j) == Some(&b'!') {
            let after = source.content[j + 1..].chars().next();
            let end = j + 1 + after.map_or(0, char::len_utf8);
            match after {
                Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
                _ => {
                    self.error(source.span(j, end), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
                }
            }
            j = end;
        }
        let mut format_spec = None;
        if bytes.get(j) == Some(&b':') {
            let mut spec = Vec::new();
            j = self.fstring_parts(source, j + 1, true, &mut spec)?;
            format_spec = Some(spec);
        }
        parts.push(FStringPart::Field { expr: Box::new(expr), debug_text, conversion, format_spec });
        if bytes.get(j) == Some(&b'}') {
            return Ok(j + 1);
        }
        self.error(source.span(j.min(bytes.len()), bytes.len()), "f-string: expecting '}'");
        Ok(bytes.len())
    }

    /// Lexes and parses a field's expression as if it stood in brackets.
    fn parse_fstring_expression(&mut self, text: &str, base: u32) -> Expr {
        let options = LexOptions { base, keep_comments: false, inside_brackets: true };
        let (tokens, mut lex_errors) = lex(text, options);
        self.errors.append(&mut lex_errors);
        let mut sub = Parser::new(text, base, tokens, self.depth);
        let parsed = sub.parse_star_expressions_or_yield();
        let result = match parsed {
            Ok(expr) if sub.at(TokenKind::EndOfFile) => {
                sub.check_no_bare_star(&expr);
                expr
            }
            Ok(expr) => {
                let _ = sub.unexpected::<()>();
                Self::error_expr(expr.span)
            }
            Err(_) => Self::error_expr(Span::new(base, base + text.len() as u32)),
        };
        sub.report_pending_stars();
        self.errors.append(&mut sub.errors);
        result
    }
}
