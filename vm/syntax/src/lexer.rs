//! Source text → tokens. Layout follows Python: NEWLINE ends a logical line,
//! INDENT/DEDENT bracket blocks, newlines inside brackets and after a
//! backslash join lines. The lexer never fails: a bad character, an
//! unterminated string or an unclosed bracket becomes an error beside a
//! token stream the parser can still walk.

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::span::Span;
use crate::token::{Token, TokenKind};

#[derive(Clone, Copy, Debug, Default)]
pub struct LexOptions {
    /// Added to every span.
    pub base: u32,
    /// Emit `Comment` tokens (the language server wants them; the parser
    /// does not).
    pub keep_comments: bool,
    /// Lex as if inside brackets: no NEWLINE/INDENT/DEDENT. Used for the
    /// expression inside an f-string field.
    pub inside_brackets: bool,
}

/// Keywords that never appear inside an expression, so one starting a line
/// inside open brackets means the brackets were left unclosed by mistake.
const STATEMENT_KEYWORDS: &[&str] = &[
    "def", "class", "import", "return", "while", "try", "except", "finally", "with", "pass", "break", "continue",
    "raise", "global", "nonlocal", "del", "assert", "elif",
];

pub fn lex(source: &str, options: LexOptions) -> (Vec<Token>, Vec<SyntaxError>) {
    let mut lexer = Lexer {
        src: source,
        bytes: source.as_bytes(),
        pos: 0,
        options,
        tokens: Vec::with_capacity(source.len() / 4 + 8),
        errors: Vec::new(),
        indents: vec![Indent { width: 0, phantom: false }],
        brackets: Vec::new(),
        at_line_start: !options.inside_brackets,
        last_significant: None,
    };
    lexer.run();
    (lexer.tokens, lexer.errors)
}

struct Indent {
    width: u32,
    /// Pushed to recover from a bad unindent; popping it emits no DEDENT
    /// because none was emitted when it was pushed.
    phantom: bool,
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    options: LexOptions,
    tokens: Vec<Token>,
    errors: Vec<SyntaxError>,
    indents: Vec<Indent>,
    /// Open brackets: the closing kind expected and where the opener is.
    brackets: Vec<(TokenKind, Span)>,
    at_line_start: bool,
    last_significant: Option<TokenKind>,
}

impl<'a> Lexer<'a> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.options.base + start as u32, self.options.base + end as u32)
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let span = self.span(start, end);
        if kind != TokenKind::Comment {
            self.last_significant = Some(kind);
        }
        self.tokens.push(Token { kind, span });
    }

    fn error(&mut self, start: usize, end: usize, message: impl Into<String>, kind: SyntaxErrorKind) {
        let span = self.span(start, end);
        self.errors.push(SyntaxError { span, message: message.into(), kind });
    }

    fn peek(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn run(&mut self) {
        // A byte-order mark some editors write; CPython ignores it too.
        if self.src.starts_with('\u{feff}') {
            self.pos = '\u{feff}'.len_utf8();
        }
        while self.pos < self.bytes.len() {
            if self.at_line_start {
                self.at_line_start = false;
                self.indentation();
                continue;
            }
            let c = self.bytes[self.pos];
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'\n' | b'\r' => self.newline(),
                b'#' => self.comment(),
                b'\\' => self.continuation(),
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                b'"' | b'\'' => self.string(self.pos),
                c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.word(),
                _ => self.operator(),
            }
        }
        self.finish();
    }

    /// Measures a line's indentation and emits INDENT/DEDENT, unless the line
    /// is blank or only a comment.
    fn indentation(&mut self) {
        let line_start = self.pos;
        let mut width: u32 = 0;
        while let Some(&c) = self.bytes.get(self.pos) {
            match c {
                b' ' => width += 1,
                b'\t' => width = (width / 8 + 1) * 8,
                b'\x0c' => width = 0,
                _ => break,
            }
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            None | Some(b'\n') | Some(b'\r') | Some(b'#') => return,
            _ => {}
        }
        let current = self.indents.last().map_or(0, |i| i.width);
        if width > current {
            self.indents.push(Indent { width, phantom: false });
            self.push(TokenKind::Indent, line_start, self.pos);
        } else if width < current {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|i| i.width > width) {
                if let Some(indent) = self.indents.pop() {
                    if !indent.phantom {
                        self.push(TokenKind::Dedent, self.pos, self.pos);
                    }
                }
            }
            let top = self.indents.last().map_or(0, |i| i.width);
            if top < width {
                self.error(
                    line_start,
                    self.pos,
                    "unindent doesn't match any outer indent level",
                    SyntaxErrorKind::Indentation,
                );
                self.indents.push(Indent { width, phantom: true });
            }
        }
    }

    fn newline(&mut self) {
        let start = self.pos;
        if self.bytes[self.pos] == b'\r' && self.peek(1) == b'\n' {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
        if self.options.inside_brackets {
            return;
        }
        if !self.brackets.is_empty() {
            if !self.next_line_starts_statement() && !self.next_line_cannot_continue() {
                return;
            }
            self.close_unclosed_brackets(start);
        }
        if matches!(self.last_significant, Some(k) if k != TokenKind::Newline) {
            self.push(TokenKind::Newline, start, self.pos);
        }
        self.at_line_start = true;
    }

    /// The next line's first word (ASCII letters, digits, `_`; empty if it
    /// starts otherwise) and the line from that word on.
    fn next_line_word(&self) -> (&'a str, &'a str) {
        let rest = self.src[self.pos..].trim_start_matches([' ', '\t', '\x0c']);
        let len = rest.bytes().take_while(|c| c.is_ascii_alphanumeric() || *c == b'_').count();
        (&rest[..len], rest)
    }

    fn next_line_starts_statement(&self) -> bool {
        STATEMENT_KEYWORDS.contains(&self.next_line_word().0)
    }

    /// A line that ends in an operand (`print("a"`) followed by one that
    /// starts with a plain name (`y = 2`): two operands side by side are
    /// never one expression, so the bracket was left open by mistake. Ending
    /// it here keeps the statements below it from being swallowed.
    fn next_line_cannot_continue(&self) -> bool {
        let ends_in_operand = matches!(
            self.last_significant,
            Some(
                TokenKind::Name
                    | TokenKind::Number
                    | TokenKind::Str
                    | TokenKind::Bytes
                    | TokenKind::FString
                    | TokenKind::KwTrue
                    | TokenKind::KwFalse
                    | TokenKind::KwNone
                    | TokenKind::RParen
                    | TokenKind::RBracket
                    | TokenKind::RBrace
            )
        );
        if !ends_in_operand {
            return false;
        }
        let (word, rest) = self.next_line_word();
        let starts_name = word.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic());
        let is_string = is_string_prefix(word) && matches!(rest.as_bytes().get(word.len()), Some(b'"' | b'\''));
        starts_name && !is_string && TokenKind::keyword(word).is_none()
    }

    /// Reports the outermost unclosed bracket and emits zero-width closers so
    /// the parser sees balanced brackets and reports nothing more.
    fn close_unclosed_brackets(&mut self, at: usize) {
        if let Some(&(closer, opener)) = self.brackets.first() {
            let open_text = match closer {
                TokenKind::RParen => "(",
                TokenKind::RBracket => "[",
                _ => "{",
            };
            self.errors.push(SyntaxError {
                span: opener,
                message: format!("'{open_text}' was never closed"),
                kind: SyntaxErrorKind::Invalid,
            });
        }
        while let Some((closer, _)) = self.brackets.pop() {
            self.push(closer, at, at);
        }
    }

    fn comment(&mut self) {
        let start = self.pos;
        while self.pos < self.bytes.len() && !matches!(self.bytes[self.pos], b'\n' | b'\r') {
            self.pos += 1;
        }
        if self.options.keep_comments {
            self.push(TokenKind::Comment, start, self.pos);
        }
    }

    fn continuation(&mut self) {
        let start = self.pos;
        self.pos += 1;
        match self.peek(0) {
            b'\n' => self.pos += 1,
            b'\r' => {
                self.pos += if self.peek(1) == b'\n' { 2 } else { 1 };
            }
            0 if self.pos >= self.bytes.len() => {
                self.error(
                    start,
                    self.pos,
                    "unexpected end of file after line continuation character",
                    SyntaxErrorKind::Invalid,
                );
                self.push(TokenKind::Invalid, start, self.pos);
            }
            _ => {
                self.error(
                    start,
                    self.pos,
                    "unexpected character after line continuation character",
                    SyntaxErrorKind::Invalid,
                );
                self.push(TokenKind::Invalid, start, self.pos);
            }
        }
    }

    fn word(&mut self) {
        let start = self.pos;
        let first = self.src[self.pos..].chars().next().unwrap_or('\0');
        if !(first == '_' || first.is_alphabetic()) {
            self.invalid_characters();
            return;
        }
        loop {
            // ASCII fast path; decode a character only past 0x7f.
            self.eat_while(|c| c == b'_' || c.is_ascii_alphanumeric());
            match self.src[self.pos..].chars().next() {
                Some(c) if !c.is_ascii() && c.is_alphanumeric() => self.pos += c.len_utf8(),
                _ => break,
            }
        }
        let word = &self.src[start..self.pos];
        // Upper-case prefixes still make a string token, so the parser can
        // say MicroPython lacks them instead of reporting a stray string.
        if matches!(self.peek(0), b'"' | b'\'') && is_string_prefix(&word.to_ascii_lowercase()) {
            self.string(start);
            return;
        }
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Name);
        self.push(kind, start, self.pos);
    }

    /// A run of characters that cannot start any token: one error for the
    /// run, so a pasted binary blob does not bury everything else.
    fn invalid_characters(&mut self) {
        let start = self.pos;
        let first = self.src[self.pos..].chars().next().unwrap_or('\0');
        self.pos += first.len_utf8();
        while let Some(c) = self.src[self.pos..].chars().next() {
            let starts_token = c.is_ascii_whitespace()
                || c == '_'
                || c.is_alphanumeric()
                || (c.is_ascii() && !matches!(c, '$' | '?' | '`' | '!') && !c.is_ascii_control());
            if starts_token {
                break;
            }
            self.pos += c.len_utf8();
        }
        self.error(
            start,
            self.pos,
            format!("invalid character '{}' (U+{:04X})", first.escape_debug(), first as u32),
            SyntaxErrorKind::Invalid,
        );
        self.push(TokenKind::Invalid, start, self.pos);
    }

    fn number(&mut self) {
        let start = self.pos;
        let radix_prefix = self.bytes[self.pos] == b'0' && matches!(self.peek(1) | 0x20, b'x' | b'o' | b'b');
        if radix_prefix {
            self.pos += 2;
            self.eat_while(|c| c.is_ascii_alphanumeric() || c == b'_');
        } else {
            self.eat_while(|c| c.is_ascii_digit() || c == b'_');
            if self.peek(0) == b'.' {
                self.pos += 1;
                self.eat_while(|c| c.is_ascii_digit() || c == b'_');
            }
            if matches!(self.peek(0), b'e' | b'E') {
                let sign = usize::from(matches!(self.peek(1), b'+' | b'-'));
                if self.peek(1 + sign).is_ascii_digit() {
                    self.pos += 1 + sign;
                    self.eat_while(|c| c.is_ascii_digit() || c == b'_');
                }
            }
            if matches!(self.peek(0), b'j' | b'J') {
                self.pos += 1;
            }
            // `1abc` is one bad literal, not a number then a name; the
            // parser reports it when it decodes the value.
            self.eat_while(|c| c.is_ascii_alphanumeric() || c == b'_');
        }
        self.push(TokenKind::Number, start, self.pos);
    }

    fn eat_while(&mut self, pred: impl Fn(u8) -> bool) {
        while self.pos < self.bytes.len() && pred(self.bytes[self.pos]) {
            self.pos += 1;
        }
    }

    /// A string literal starting at `start` (its prefix, if any, is already
    /// consumed; `self.pos` is at the opening quote).
    fn string(&mut self, start: usize) {
        let prefix = self.src[start..self.pos].to_ascii_lowercase();
        let interpolated = prefix.contains(['f', 't']);
        // A raw t-string's backslash escapes nothing (MicroPython).
        let plain_backslash = prefix.contains('t') && prefix.contains('r');
        let quote = self.bytes[self.pos];
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        let mut terminated = false;
        let mut open_field = false;
        while self.pos < self.bytes.len() {
            let c = self.bytes[self.pos];
            if c == b'\\' && !plain_backslash {
                self.pos += 1;
                if self.pos < self.bytes.len() {
                    if self.bytes[self.pos] == b'\r' && self.peek(1) == b'\n' {
                        self.pos += 1;
                    }
                    self.pos += 1;
                }
                continue;
            }
            if !triple && matches!(c, b'\n' | b'\r') {
                break;
            }
            if c == quote {
                if !triple {
                    self.pos += 1;
                    terminated = true;
                    break;
                }
                if self.peek(1) == quote && self.peek(2) == quote {
                    self.pos += 3;
                    terminated = true;
                    break;
                }
            }
            if interpolated && c == b'{' {
                if self.peek(1) == b'{' {
                    self.pos += 2;
                } else {
                    self.pos = interpolation_end(self.bytes, self.pos + 1);
                    open_field = self.pos >= self.bytes.len();
                }
                continue;
            }
            self.pos += 1;
        }
        // A backslash before a multi-byte character skips only its first
        // byte; step back onto a boundary before slicing.
        while !self.src.is_char_boundary(self.pos.min(self.bytes.len())) {
            self.pos += 1;
        }
        self.pos = self.pos.min(self.bytes.len());
        let kind = if !terminated {
            let what = if open_field && prefix.contains('t') {
                // MicroPython's word for a t-string left inside a field.
                "malformed f-string"
            } else if triple {
                "unterminated triple-quoted string"
            } else {
                "unterminated string"
            };
            self.error(start, self.pos, what, SyntaxErrorKind::Invalid);
            TokenKind::UnterminatedString
        } else if prefix.contains('b') {
            TokenKind::Bytes
        } else if prefix.contains('f') {
            TokenKind::FString
        } else if prefix.contains('t') {
            TokenKind::TString
        } else {
            TokenKind::Str
        };
        self.push(kind, start, self.pos);
    }

    fn operator(&mut self) {
        use TokenKind::*;
        let start = self.pos;
        let (c0, c1, c2) = (self.peek(0), self.peek(1), self.peek(2));
        let (kind, len) = match (c0, c1, c2) {
            (b'(', _, _) => (LParen, 1),
            (b')', _, _) => (RParen, 1),
            (b'[', _, _) => (LBracket, 1),
            (b']', _, _) => (RBracket, 1),
            (b'{', _, _) => (LBrace, 1),
            (b'}', _, _) => (RBrace, 1),
            (b',', _, _) => (Comma, 1),
            (b';', _, _) => (Semicolon, 1),
            (b'~', _, _) => (Tilde, 1),
            (b'.', b'.', b'.') => (Ellipsis, 3),
            (b'.', _, _) => (Dot, 1),
            (b':', b'=', _) => (ColonEqual, 2),
            (b':', _, _) => (Colon, 1),
            (b'-', b'>', _) => (Arrow, 2),
            (b'-', b'=', _) => (MinusEqual, 2),
            (b'-', _, _) => (Minus, 1),
            (b'+', b'=', _) => (PlusEqual, 2),
            (b'+', _, _) => (Plus, 1),
            (b'*', b'*', b'=') => (DoubleStarEqual, 3),
            (b'*', b'*', _) => (DoubleStar, 2),
            (b'*', b'=', _) => (StarEqual, 2),
            (b'*', _, _) => (Star, 1),
            (b'/', b'/', b'=') => (DoubleSlashEqual, 3),
            (b'/', b'/', _) => (DoubleSlash, 2),
            (b'/', b'=', _) => (SlashEqual, 2),
            (b'/', _, _) => (Slash, 1),
            (b'%', b'=', _) => (PercentEqual, 2),
            (b'%', _, _) => (Percent, 1),
            (b'@', b'=', _) => (AtEqual, 2),
            (b'@', _, _) => (At, 1),
            (b'&', b'=', _) => (AmperEqual, 2),
            (b'&', _, _) => (Amper, 1),
            (b'|', b'=', _) => (VBarEqual, 2),
            (b'|', _, _) => (VBar, 1),
            (b'^', b'=', _) => (CircumflexEqual, 2),
            (b'^', _, _) => (Circumflex, 1),
            (b'<', b'<', b'=') => (LeftShiftEqual, 3),
            (b'<', b'<', _) => (LeftShift, 2),
            (b'<', b'=', _) => (LessEqual, 2),
            (b'<', _, _) => (Less, 1),
            (b'>', b'>', b'=') => (RightShiftEqual, 3),
            (b'>', b'>', _) => (RightShift, 2),
            (b'>', b'=', _) => (GreaterEqual, 2),
            (b'>', _, _) => (Greater, 1),
            (b'=', b'=', _) => (EqEqual, 2),
            (b'=', _, _) => (Equal, 1),
            (b'!', b'=', _) => (NotEqual, 2),
            _ => {
                self.invalid_characters();
                return;
            }
        };
        self.pos += len;
        match kind {
            LParen => self.brackets.push((RParen, self.span(start, self.pos))),
            LBracket => self.brackets.push((RBracket, self.span(start, self.pos))),
            LBrace => self.brackets.push((RBrace, self.span(start, self.pos))),
            RParen | RBracket | RBrace if !self.close_bracket(kind, start) => return,
            _ => {}
        }
        self.push(kind, start, self.pos);
    }

    /// Checks a closing bracket against the innermost opener. Returns false
    /// when the token should be dropped (nothing to close).
    fn close_bracket(&mut self, kind: TokenKind, start: usize) -> bool {
        let text = &self.src[start..self.pos];
        match self.brackets.pop() {
            None => {
                self.error(start, self.pos, format!("unmatched '{text}'"), SyntaxErrorKind::Invalid);
                self.push(TokenKind::Invalid, start, self.pos);
                false
            }
            Some((expected, _)) if expected == kind => true,
            Some((expected, _)) => {
                let expected_text = match expected {
                    TokenKind::RParen => "(",
                    TokenKind::RBracket => "[",
                    _ => "{",
                };
                self.error(
                    start,
                    self.pos,
                    format!("closing parenthesis '{text}' does not match opening parenthesis '{expected_text}'"),
                    SyntaxErrorKind::Invalid,
                );
                // Close what was open so the parser sees a balanced pair.
                let span = self.span(start, self.pos);
                self.last_significant = Some(expected);
                self.tokens.push(Token { kind: expected, span });
                false
            }
        }
    }

    fn finish(&mut self) {
        let end = self.bytes.len();
        if !self.brackets.is_empty() {
            self.close_unclosed_brackets(end);
        }
        if self.options.inside_brackets {
            self.push(TokenKind::EndOfFile, end, end);
            return;
        }
        if matches!(self.last_significant, Some(k) if k != TokenKind::Newline) {
            self.push(TokenKind::Newline, end, end);
        }
        while self.indents.len() > 1 {
            if let Some(indent) = self.indents.pop() {
                if !indent.phantom {
                    self.push(TokenKind::Dedent, end, end);
                }
            }
        }
        self.push(TokenKind::EndOfFile, end, end);
    }
}

/// The string prefixes, in lower case: `r`, `u`, `b`, `f`, `t` and the
/// two-letter combinations.
fn is_string_prefix(word: &str) -> bool {
    matches!(word, "r" | "u" | "b" | "f" | "t" | "br" | "rb" | "fr" | "rf" | "tr" | "rt")
}

/// Where the expression of an f-string or t-string field ends, as
/// MicroPython's lexer finds it: the first `:`, `}` or `!r`/`!s` (followed
/// by `:` or `}`) outside `[]` and `{}`, quotes and all taken as they come.
/// `from` is just past the field's `{`.
pub fn interpolation_end(bytes: &[u8], from: usize) -> usize {
    let mut level = 0i32;
    let mut i = from;
    while i < bytes.len() {
        let c = bytes[i];
        if level == 0 {
            let conversion = c == b'!'
                && matches!(bytes.get(i + 1), Some(b'r' | b's'))
                && matches!(bytes.get(i + 2), Some(b':' | b'}'));
            if c == b':' || c == b'}' || conversion {
                return i;
            }
        }
        match c {
            b'[' | b'{' => level += 1,
            b']' | b'}' => level -= 1,
            _ => {}
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn kinds(src: &str) -> Vec<TokenKind> {
        lex(src, LexOptions::default()).0.into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn indentation_blocks() {
        assert_eq!(
            kinds("if x:\n    y\n\n  # c\nz\n"),
            vec![If, Name, Colon, Newline, Indent, Name, Newline, Dedent, Name, Newline, EndOfFile]
        );
    }

    #[test]
    fn brackets_join_lines() {
        assert_eq!(kinds("f(1,\n  2)\n"), vec![Name, LParen, Number, Comma, Number, RParen, Newline, EndOfFile]);
    }

    #[test]
    fn operators_longest_match() {
        assert_eq!(
            kinds("a **= b //= c @= d := e -> ..."),
            vec![
                Name,
                DoubleStarEqual,
                Name,
                DoubleSlashEqual,
                Name,
                AtEqual,
                Name,
                ColonEqual,
                Name,
                Arrow,
                Ellipsis,
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn string_prefixes() {
        assert_eq!(
            kinds("rb'x' f\"y\" u'z' rf'''w''' t'v'"),
            vec![Bytes, FString, Str, FString, TString, Newline, EndOfFile]
        );
        // Upper case too: the parser reports it as MicroPython lacks it.
        assert_eq!(kinds("B'x'"), vec![Bytes, Newline, EndOfFile]);
    }

    #[test]
    fn fstring_fields_take_quotes_as_micropython_does() {
        // The field's expression runs to `}` whatever quotes it holds.
        assert_eq!(kinds("f\"a{f\"b{x}\"}c\" 1"), vec![FString, Number, Newline, EndOfFile]);
        assert_eq!(kinds("f'{d[\"a\"]}'"), vec![FString, Newline, EndOfFile]);
    }

    #[test]
    fn unclosed_bracket_ends_at_statement_keyword() {
        let (tokens, errors) = lex("x = f(1,\ndef g(): pass\n", LexOptions::default());
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "'(' was never closed");
        assert!(tokens.iter().any(|t| t.kind == Def));
        assert_eq!(tokens.iter().filter(|t| t.kind == Newline).count(), 2);
    }

    #[test]
    fn unclosed_bracket_ends_before_a_line_that_cannot_continue_it() {
        let (tokens, errors) = lex("print(\"a\"\ny = 2\nif x\n", LexOptions::default());
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "'(' was never closed");
        assert_eq!(tokens.iter().filter(|t| t.kind == Newline).count(), 3);
    }

    #[test]
    fn brackets_continue_over_lines_that_can_continue_them() {
        for source in [
            "f(a\n  if b else c)\n",
            "f(a,\nb=2)\n",
            "f('a'\n  'b')\n",
            "f('a'\n  rb'b')\n",
            "[x\nfor x in y]\n",
            "f(a\n, b)\n",
            "(a\n and b)\n",
        ] {
            let (tokens, errors) = lex(source, LexOptions::default());
            assert!(errors.is_empty(), "{source:?}: {errors:?}");
            assert_eq!(tokens.iter().filter(|t| t.kind == Newline).count(), 1, "{source:?}");
        }
    }

    #[test]
    fn bad_unindent() {
        let (_, errors) = lex("if x:\n    a\n  b\n", LexOptions::default());
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].kind, SyntaxErrorKind::Indentation);
    }
}
