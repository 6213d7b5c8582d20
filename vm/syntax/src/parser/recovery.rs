//! The statement loop and how the parser gets back on its feet after an
//! error: skip to the end of the logical line (NEWLINE only appears outside
//! brackets, so that is a statement boundary), and treat an indented block
//! that follows a broken line as part of the current block.

use super::{PResult, Parser, Recovered};
use crate::ast::{Stmt, StmtKind};
use crate::error::SyntaxErrorKind;
use crate::token::TokenKind;

impl<'src> Parser<'src> {
    pub(crate) fn parse_file(&mut self) -> Vec<Stmt> {
        let mut body = Vec::new();
        self.parse_statements(&mut body, false);
        body
    }

    /// Statements until a DEDENT (when `in_block`) or the end of input.
    pub(crate) fn parse_statements(&mut self, out: &mut Vec<Stmt>, in_block: bool) {
        loop {
            match self.peek() {
                TokenKind::EndOfFile => return,
                TokenKind::Dedent => {
                    if in_block {
                        return;
                    }
                    // Unbalanced after an earlier indentation error.
                    self.bump();
                }
                TokenKind::Newline => {
                    self.bump();
                }
                TokenKind::Indent => self.unexpected_indent(out),
                _ => self.parse_statement(out),
            }
        }
    }

    /// An INDENT where a statement should start: report it (unless the line
    /// before was already broken) and keep its statements in this block.
    fn unexpected_indent(&mut self, out: &mut Vec<Stmt>) {
        let indent = self.bump();
        if self.recovered_at != Some(self.pos - 1) {
            self.error_kind(indent.span, "unexpected indent", SyntaxErrorKind::Indentation);
        }
        let nested = self.nested(|p| {
            p.parse_statements(out, true);
            Ok(())
        });
        if nested.is_err() {
            self.skip_block();
            return;
        }
        self.eat(TokenKind::Dedent);
    }

    /// Skips to just past the end of the current logical line. If that
    /// line ended with `:` it was meant to open a block, so the indented
    /// block below is not reported again as "unexpected indent".
    pub(crate) fn synchronize(&mut self) {
        let mut last = None;
        while !matches!(self.peek(), TokenKind::Newline | TokenKind::EndOfFile) {
            let token = self.bump();
            // Brackets the lexer closed for an unclosed one are zero-width:
            // `def f(:` still ends in its colon.
            if token.span.start != token.span.end {
                last = Some(token.kind);
            }
        }
        self.eat(TokenKind::Newline);
        let opened_block = last == Some(TokenKind::Colon)
            || (last.is_none() && self.pos >= 2 && self.tokens[self.pos - 2].kind == TokenKind::Colon);
        self.recovered_at = if opened_block { Some(self.pos) } else { None };
    }

    /// Skips to the `:` that ends a compound statement's header (or to the
    /// end of the line), so the block below it still parses.
    pub(crate) fn skip_to_header_colon(&mut self) {
        let mut depth = 0usize;
        loop {
            match self.peek() {
                TokenKind::Newline | TokenKind::EndOfFile => return,
                TokenKind::Colon if depth == 0 => return,
                TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace => depth += 1,
                TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            self.bump();
        }
    }

    /// Skips an indented block whose INDENT was already consumed, through
    /// its matching DEDENT.
    pub(crate) fn skip_block(&mut self) {
        let mut level = 1usize;
        loop {
            match self.bump().kind {
                TokenKind::Indent => level += 1,
                TokenKind::Dedent => {
                    level -= 1;
                    if level == 0 {
                        return;
                    }
                }
                TokenKind::EndOfFile => return,
                _ => {}
            }
        }
    }

    /// A statement that failed: record nothing more, skip its line, and
    /// leave an `Error` node covering what was skipped.
    pub(crate) fn error_stmt(&mut self, start: u32) -> Stmt {
        self.clear_stars();
        self.synchronize();
        Stmt { kind: StmtKind::Error, span: self.span_from(start) }
    }

    /// The `:` ending a compound statement's header. A missing colon is
    /// reported once (not after a header error, nor after a bracket the
    /// lexer closed) and clears `ok`, so the block is not reported again.
    pub(crate) fn header_colon(&mut self, ok: &mut bool) {
        self.report_pending_stars();
        if !self.eat(TokenKind::Colon) {
            if *ok && !self.at_lexer_error() {
                let span = self.token().span;
                self.error(span, "expected ':'");
            }
            *ok = false;
            self.skip_to_header_colon();
            self.eat(TokenKind::Colon);
        }
        // `def f(:` — the lexer closed the bracket after the colon, with a
        // zero-width `)`; the block below is still this header's.
        while matches!(self.peek(), TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace)
            && self.token().span.start == self.token().span.end
        {
            self.bump();
        }
    }

    /// Runs a header rule; on failure, skips to the header's `:` and returns
    /// `fallback`, clearing `ok`.
    pub(crate) fn header<T>(&mut self, ok: &mut bool, fallback: T, f: impl FnOnce(&mut Self) -> PResult<T>) -> T {
        if !*ok {
            return fallback;
        }
        match f(self) {
            Ok(value) => value,
            Err(Recovered) => {
                *ok = false;
                self.clear_stars();
                self.skip_to_header_colon();
                self.recovered_at = None;
                fallback
            }
        }
    }
}
