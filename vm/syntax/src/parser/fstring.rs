//! f-strings and t-strings, read the way MicroPython's lexer reads them.
//!
//! MicroPython turns `f"a{x!r:>{w}}b"` into `"a{!r:>{}}b".format((x), (w))`:
//! each field's expression is the text up to the first `:`, `}` or
//! `!r`/`!s` outside brackets, and everything else (conversion, format
//! spec, `{{`, a stray `}`) is left in the template for `str.format` to
//! read at run time. So an f-string here is that template in pieces:
//! `FStringPart::Literal` holds template text and each `FStringPart::Field`
//! stands for one `{` of it, its expression the next argument to
//! `.format` (the field's conversion and spec stay in the template text).
//! Each expression is parsed on its own with spans into the real source.
//!
//! A t-string becomes a call of the builtin `__template__` with the tuple
//! of literal strings, then for each field its value, its expression
//! text, its conversion (`'r'`, `'s'` or None) and its format spec (a
//! str, or an f-string when the spec has fields of its own).

use super::strings::Literal;
use super::{expr, Parser};
use crate::ast::{Arg, Constant, Expr, ExprKind, FStringPart};
use crate::lexer::{interpolation_end, lex, LexOptions};
use crate::span::Span;
use crate::token::TokenKind;

/// How many bytes the escape starting with the backslash at `i` covers
/// (so a `{` after a backslash never opens a field, as in MicroPython).
fn escape_len(bytes: &[u8], i: usize) -> usize {
    let Some(&c) = bytes.get(i + 1) else { return 1 };
    let hex = |n: usize| 2 + bytes[i + 2..].iter().take(n).take_while(|b| b.is_ascii_hexdigit()).count();
    match c {
        b'x' => hex(2),
        b'u' => hex(4),
        b'U' => hex(8),
        b'0'..=b'7' => 2 + bytes[i + 2..].iter().take(2).take_while(|b| (b'0'..=b'7').contains(b)).count(),
        b'\r' if bytes.get(i + 2) == Some(&b'\n') => 3,
        c if c >= 0x80 => {
            // The whole UTF-8 character.
            let n = if c >= 0xf0 {
                4
            } else if c >= 0xe0 {
                3
            } else {
                2
            };
            1 + n
        }
        _ => 2,
    }
}

/// Template text, merged with the literal part before it.
pub(crate) fn push_text(parts: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(FStringPart::Literal(previous)) => previous.push_str(text),
        _ => parts.push(FStringPart::Literal(text.to_string())),
    }
}

/// Whether a field's expression text asks for the `x=` form: it ends in
/// `=` that is not part of `==`, `!=`, `<=` or `>=`.
fn is_debug(text: &str) -> bool {
    text.ends_with('=')
        && !text.ends_with("==")
        && !text.ends_with("!=")
        && !text.ends_with("<=")
        && !text.ends_with(">=")
}

/// One field of a t-string.
struct Interpolation {
    value: Expr,
    text: String,
    conversion: Option<char>,
    spec: Expr,
}

impl<'src> Parser<'src> {
    /// Add one f-string literal to the template and arguments of a run of
    /// adjacent literals.
    pub(crate) fn fstring_into(&mut self, literal: &Literal<'_>, span: Span, parts: &mut Vec<FStringPart>) {
        let content = literal.content;
        let bytes = content.as_bytes();
        let (mut i, mut run) = (0, 0);
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += escape_len(bytes, i),
                b'{' if bytes.get(i + 1) == Some(&b'{') => i += 2,
                b'{' => {
                    let text = self.decode_text(&content[run..i], literal.content_start + run as u32, literal.raw);
                    push_text(parts, &text);
                    let start = i + 1;
                    let end = interpolation_end(bytes, start).min(bytes.len());
                    let mut expr_text = content.get(start..end).unwrap_or("");
                    let at = Span::new(literal.content_start + start as u32, literal.content_start + end as u32);
                    let trimmed = expr_text.trim_end();
                    let bad_conversion = trimmed.len() >= 2
                        && trimmed.as_bytes()[trimmed.len() - 2] == b'!'
                        && trimmed.as_bytes()[trimmed.len() - 1].is_ascii_alphabetic();
                    if let Some(t) = trimmed.strip_suffix("!a") {
                        self.unsupported(at, "the !a conversion");
                        expr_text = t;
                    } else if bad_conversion {
                        self.error(at, "f-string: invalid conversion character: expected 's' or 'r'");
                        expr_text = &trimmed[..trimmed.len() - 2];
                    } else if trimmed.len() < expr_text.len() && is_debug(trimmed) {
                        self.unsupported(at, "spaces after '=' in an f-string field");
                        expr_text = &trimmed[..trimmed.len() - 1];
                    }
                    if expr_text.is_empty() {
                        self.error(span, "malformed f-string");
                    } else if let Some(t) = expr_text.strip_suffix('=').filter(|_| is_debug(expr_text)) {
                        // `{x=}` shows the text before the value.
                        push_text(parts, expr_text);
                        expr_text = t;
                    }
                    let value = if expr_text.is_empty() {
                        Self::error_expr(at)
                    } else {
                        self.parse_fstring_expression(expr_text, literal.content_start + start as u32)
                    };
                    parts.push(FStringPart::Field {
                        expr: Box::new(value),
                        debug_text: None,
                        conversion: None,
                        format_spec: None,
                    });
                    i = end;
                    run = end;
                }
                _ => i += 1,
            }
        }
        let i = i.min(bytes.len());
        let text = self.decode_text(&content[run..i], literal.content_start + run as u32, literal.raw);
        push_text(parts, &text);
    }

    /// A t-string literal as a call of `__template__`.
    pub(crate) fn tstring(&mut self, literal: &Literal<'_>, span: Span) -> Expr {
        let content = literal.content;
        let bytes = content.as_bytes();
        let mut strings: Vec<String> = Vec::new();
        let mut fields: Vec<Interpolation> = Vec::new();
        let mut current = String::new();
        let (mut i, mut run) = (0, 0);
        let flush = |p: &mut Self, current: &mut String, from: usize, to: usize| {
            let text = p.decode_text(&content[from..to], literal.content_start + from as u32, literal.raw);
            current.push_str(&text);
        };
        while i < bytes.len() {
            match bytes[i] {
                // In a raw t-string a backslash escapes nothing, not even `{`.
                b'\\' if !literal.raw => i += escape_len(bytes, i),
                b'{' if bytes.get(i + 1) == Some(&b'{') => {
                    flush(self, &mut current, run, i + 1);
                    i += 2;
                    run = i;
                }
                b'}' if bytes.get(i + 1) == Some(&b'}') => {
                    flush(self, &mut current, run, i + 1);
                    i += 2;
                    run = i;
                }
                b'}' => {
                    self.error(span, "malformed f-string");
                    i += 1;
                }
                b'{' => {
                    flush(self, &mut current, run, i);
                    let start = i + 1;
                    let end = interpolation_end(bytes, start).min(bytes.len());
                    if end >= bytes.len() {
                        self.error(span, "malformed f-string");
                        break;
                    }
                    let mut expr_text = content.get(start..end).unwrap_or("");
                    let debug = expr_text.ends_with('=');
                    if debug {
                        current.push_str(expr_text);
                        expr_text = &expr_text[..expr_text.len() - 1];
                    }
                    let expr_text = expr_text.trim_end();
                    let value = if expr_text.is_empty() {
                        self.error(span, "malformed f-string");
                        Self::error_expr(span)
                    } else {
                        self.parse_fstring_expression(expr_text, literal.content_start + start as u32)
                    };
                    let mut j = end;
                    let mut conversion = None;
                    if bytes.get(j) == Some(&b'!') {
                        conversion = bytes.get(j + 1).map(|&c| c as char);
                        j += 2;
                    } else if debug && bytes.get(j) != Some(&b':') {
                        conversion = Some('r');
                    }
                    if bytes.get(j) == Some(&b':') {
                        j += 1;
                    }
                    // The format spec runs to the `}` that closes the field.
                    let spec_start = j;
                    let mut depth = 1;
                    let mut nested = false;
                    while j < bytes.len() {
                        match bytes[j] {
                            b'\\' if !literal.raw => {
                                j += escape_len(bytes, j);
                                continue;
                            }
                            b'{' => {
                                depth += 1;
                                nested = true;
                            }
                            b'}' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    if j >= bytes.len() {
                        self.error(span, "malformed f-string");
                    }
                    let spec_end = j.min(bytes.len());
                    let spec_literal = Literal {
                        raw: literal.raw,
                        content: &content[spec_start..spec_end],
                        content_start: literal.content_start + spec_start as u32,
                    };
                    let spec = if nested {
                        let mut parts = Vec::new();
                        self.fstring_into(&spec_literal, span, &mut parts);
                        expr(ExprKind::FString(parts), span)
                    } else {
                        let text = self.decode_text(spec_literal.content, spec_literal.content_start, literal.raw);
                        expr(ExprKind::Const(Constant::Str(text)), span)
                    };
                    strings.push(std::mem::take(&mut current));
                    fields.push(Interpolation { value, text: expr_text.to_string(), conversion, spec });
                    i = (spec_end + 1).min(bytes.len());
                    run = i;
                }
                _ => i += 1,
            }
        }
        flush(self, &mut current, run, bytes.len());
        strings.push(current);
        let strs: Vec<Expr> = strings.into_iter().map(|s| expr(ExprKind::Const(Constant::Str(s)), span)).collect();
        let mut args = vec![Arg::Positional(expr(ExprKind::Tuple(strs), span))];
        for f in fields {
            let conv = match f.conversion {
                Some(c) => Constant::Str(c.to_string()),
                None => Constant::None,
            };
            args.push(Arg::Positional(f.value));
            args.push(Arg::Positional(expr(ExprKind::Const(Constant::Str(f.text)), span)));
            args.push(Arg::Positional(expr(ExprKind::Const(conv), span)));
            args.push(Arg::Positional(f.spec));
        }
        let func = expr(ExprKind::Name("__template__".into()), span);
        expr(ExprKind::Call { func: Box::new(func), args }, span)
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
