//! String and bytes literals: prefixes, escapes, and implicit concatenation
//! of neighbouring literals (`"a" "b"`, `f"{x}" "y"`; bytes and str do not
//! mix).

use super::{expr, PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// The prefixes MicroPython's lexer knows: lower case only, and `u` alone.
const LOWER_CASE_PREFIXES: &[&str] = &["", "r", "u", "f", "b", "t", "rb", "br", "fr", "rf", "tr", "rt"];

/// A terminated literal token taken apart.
pub(crate) struct Literal<'a> {
    pub raw: bool,
    pub content: &'a str,
    /// Absolute offset of `content`'s first byte.
    pub content_start: u32,
}

impl<'a> Literal<'a> {
    pub(crate) fn split(text: &'a str, span: Span) -> Literal<'a> {
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let prefix = &text[..prefix_len];
        let body = &text[prefix_len..];
        let quote = body.as_bytes().first().copied().unwrap_or(b'"');
        let triple = body.len() >= 6 && body.as_bytes()[..3].iter().all(|&b| b == quote);
        let quote_len = if triple { 3 } else { 1 };
        let content = body.get(quote_len..body.len().saturating_sub(quote_len)).unwrap_or("");
        Literal {
            raw: prefix.contains(['r', 'R']),
            content,
            content_start: span.start + (prefix_len + quote_len) as u32,
        }
    }
}

/// Where decoded characters go: a `String` for str literals, bytes for
/// bytes literals.
trait Sink {
    fn push_char(&mut self, c: char);
    /// A numeric escape (`\xHH`, `\ooo`, `\uXXXX`); false if out of range.
    fn push_code(&mut self, code: u32) -> bool;
}

impl Sink for String {
    fn push_char(&mut self, c: char) {
        self.push(c);
    }
    fn push_code(&mut self, code: u32) -> bool {
        match char::from_u32(code) {
            Some(c) => {
                self.push(c);
                true
            }
            None => false,
        }
    }
}

impl Sink for Vec<u8> {
    fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    fn push_code(&mut self, code: u32) -> bool {
        match u8::try_from(code) {
            Ok(b) => {
                self.push(b);
                true
            }
            Err(_) => false,
        }
    }
}

impl<'src> Parser<'src> {
    /// One or more adjacent string tokens as a single expression.
    pub(crate) fn parse_strings(&mut self) -> PResult<Expr> {
        use TokenKind::*;
        let mut tokens: Vec<Token> = Vec::new();
        while matches!(self.peek(), Str | Bytes | FString | TString | UnterminatedString) {
            tokens.push(self.bump());
        }
        let span = tokens[0].span.to(tokens[tokens.len() - 1].span);
        for token in &tokens {
            let text = self.text(token.span);
            let prefix = &text[..text.find(['\'', '"']).unwrap_or(0)];
            if !LOWER_CASE_PREFIXES.contains(&prefix) {
                self.unsupported(token.span, "string prefixes other than r, u, f, b, t, rb, br, fr, rf, tr and rt");
            }
        }
        if tokens.iter().any(|t| t.kind == UnterminatedString) {
            // Already reported by the lexer.
            return Ok(Self::error_expr(span));
        }
        if tokens.iter().any(|t| t.kind == TString) {
            // MicroPython joins a t-string with no neighbouring literal.
            if tokens.len() > 1 {
                self.error(span, "invalid syntax");
                return Ok(Self::error_expr(span));
            }
            let literal = Literal::split(self.text(tokens[0].span), tokens[0].span);
            return Ok(self.tstring(&literal, span));
        }
        let bytes_count = tokens.iter().filter(|t| t.kind == Bytes).count();
        if bytes_count != 0 && bytes_count != tokens.len() {
            self.error(span, "cannot mix bytes and nonbytes literals");
            return Ok(Self::error_expr(span));
        }
        if bytes_count != 0 {
            let mut value = Vec::new();
            for token in &tokens {
                let literal = Literal::split(self.text(token.span), token.span);
                self.decode_into(&literal, true, &mut value);
            }
            return Ok(expr(ExprKind::Const(Constant::Bytes(value)), span));
        }
        if tokens.iter().all(|t| t.kind == Str) {
            let mut value = String::new();
            for token in &tokens {
                let literal = Literal::split(self.text(token.span), token.span);
                self.decode_into(&literal, false, &mut value);
            }
            return Ok(expr(ExprKind::Const(Constant::Str(value)), span));
        }
        let mut parts = Vec::new();
        for token in &tokens {
            let literal = Literal::split(self.text(token.span), token.span);
            if token.kind == FString {
                self.fstring_into(&literal, token.span, &mut parts);
            } else {
                // A plain literal beside an f-string joins its template as
                // it is: MicroPython does not double its braces.
                let mut text = String::new();
                self.decode_into(&literal, false, &mut text);
                super::fstring::push_text(&mut parts, &text);
            }
        }
        Ok(expr(ExprKind::FString(parts), span))
    }

    /// Decodes a literal's content (escapes unless raw) into `str` text.
    pub(crate) fn decode_text(&mut self, content: &str, content_start: u32, raw: bool) -> String {
        let mut value = String::with_capacity(content.len());
        let literal = Literal { raw, content, content_start };
        self.decode_into(&literal, false, &mut value);
        value
    }

    fn decode_into(&mut self, literal: &Literal<'_>, bytes: bool, out: &mut impl Sink) {
        let content = literal.content;
        // MicroPython takes a non-ASCII character in a bytes literal as its
        // UTF-8 bytes (CPython refuses it).
        if literal.raw || !content.contains('\\') {
            for c in content.chars() {
                out.push_char(c);
            }
            return;
        }
        let mut chars = content.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                out.push_char(c);
                continue;
            }
            let Some((_, escape)) = chars.next() else {
                out.push_char('\\');
                break;
            };
            let simple = match escape {
                '\n' => continue,
                '\r' => {
                    chars.next_if(|&(_, c)| c == '\n');
                    continue;
                }
                '\\' | '\'' | '"' => Some(escape),
                'a' => Some('\x07'),
                'b' => Some('\x08'),
                'f' => Some('\x0c'),
                'n' => Some('\n'),
                'r' => Some('\r'),
                't' => Some('\t'),
                'v' => Some('\x0b'),
                _ => None,
            };
            if let Some(c) = simple {
                out.push_char(c);
                continue;
            }
            let digits = |chars: &mut std::iter::Peekable<std::str::CharIndices>, radix: u32, max: usize| {
                let mut value: u32 = 0;
                let mut count = 0;
                while count < max {
                    match chars.next_if(|&(_, c)| c.is_digit(radix)) {
                        Some((_, c)) => {
                            value = value * radix + c.to_digit(radix).unwrap_or(0);
                            count += 1;
                        }
                        None => break,
                    }
                }
                (value, count)
            };
            let end = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
                chars.peek().map_or(content.len(), |&(j, _)| j)
            };
            let at = |from: usize, to: usize| {
                Span::new(literal.content_start + from as u32, literal.content_start + to as u32)
            };
            match escape {
                '0'..='7' => {
                    let mut value = escape as u32 - '0' as u32;
                    for _ in 0..2 {
                        match chars.next_if(|&(_, c)| ('0'..='7').contains(&c)) {
                            Some((_, c)) => value = value * 8 + (c as u32 - '0' as u32),
                            None => break,
                        }
                    }
                    if !out.push_code(value) {
                        let to = end(&mut chars);
                        self.error(at(i, to), "octal escape value out of range for bytes");
                    }
                }
                'x' => {
                    let (value, count) = digits(&mut chars, 16, 2);
                    let to = end(&mut chars);
                    if count < 2 {
                        self.error(at(i, to), "invalid \\x escape: expected two hex digits");
                    } else {
                        out.push_code(value);
                    }
                }
                'u' | 'U' if !bytes => {
                    let want = if escape == 'u' { 4 } else { 8 };
                    let (value, count) = digits(&mut chars, 16, want);
                    let to = end(&mut chars);
                    if count < want {
                        self.error(at(i, to), format!("invalid \\{escape} escape: expected {want} hex digits"));
                    } else if !out.push_code(value) {
                        self.error(at(i, to), "unicode escape out of range");
                    }
                }
                'N' if !bytes => {
                    if chars.next_if(|&(_, c)| c == '{').is_some() {
                        while chars.next_if(|&(_, c)| c != '}').is_some() {}
                        chars.next_if(|&(_, c)| c == '}');
                    }
                    let to = end(&mut chars);
                    self.unsupported(at(i, to), "unicode name escapes (\\N{...})");
                }
                other => {
                    // Unknown escapes stay as written, as in MicroPython.
                    out.push_char('\\');
                    if !bytes || other.is_ascii() {
                        out.push_char(other);
                    }
                }
            }
        }
    }
}
