//! Compound statements: a header ending in `:` and an indented block (or a
//! simple statement on the same line). A broken header still lets its block
//! parse, so names used inside stay visible to tools.

use super::targets::TargetContext;
use super::{PResult, Parser};
use crate::ast::{ClassDef, ExceptHandler, Expr, FunctionDef, MatchCase, Parameters, Stmt, StmtKind, WithItem};
use crate::error::SyntaxErrorKind;
use crate::span::Span;
use crate::token::TokenKind;

impl<'src> Parser<'src> {
    /// The block after a header's `:`.
    pub(crate) fn parse_block(&mut self, header_ok: bool) -> Vec<Stmt> {
        let mut body = Vec::new();
        if !self.at(TokenKind::Newline) {
            if self.at(TokenKind::EndOfFile) {
                if header_ok {
                    let span = self.token().span;
                    self.error_kind(span, "expected an indented block", SyntaxErrorKind::Indentation);
                }
                return body;
            }
            self.parse_simple_line(&mut body);
            return body;
        }
        self.bump();
        if !self.at(TokenKind::Indent) {
            if header_ok {
                let span = self.token().span;
                self.error_kind(span, "expected an indented block", SyntaxErrorKind::Indentation);
            }
            return body;
        }
        self.bump();
        let nested = self.nested(|p| {
            p.parse_statements(&mut body, true);
            Ok(())
        });
        if nested.is_err() {
            self.skip_block();
            return body;
        }
        self.eat(TokenKind::Dedent);
        body
    }

    fn header_expr(&mut self, ok: &mut bool, f: impl FnOnce(&mut Self) -> PResult<Expr>) -> Expr {
        let span = self.token().span;
        self.header(ok, Self::error_expr(span), f)
    }

    /// `else:` block, if present.
    fn parse_else(&mut self) -> Vec<Stmt> {
        if !self.eat(TokenKind::Else) {
            return Vec::new();
        }
        let mut ok = true;
        self.header_colon(&mut ok);
        self.parse_block(ok)
    }

    /// `if`/`elif`/`else`. An `elif` chain is read in a loop (it can be
    /// long in generated code) and folded into nested `If`s.
    pub(crate) fn parse_if(&mut self) -> PResult<Stmt> {
        let mut branches = Vec::new();
        loop {
            let start = self.bump().span.start;
            let mut ok = true;
            let test = self.header_expr(&mut ok, |p| p.parse_named_expr());
            self.header_colon(&mut ok);
            let body = self.parse_block(ok);
            branches.push((start, test, body));
            if !self.at(TokenKind::Elif) {
                break;
            }
        }
        let mut final_else = self.parse_else();
        let end = self.prev_end();
        let mut folded: Option<Stmt> = None;
        while let Some((start, test, body)) = branches.pop() {
            let orelse = match folded.take() {
                Some(inner) => vec![inner],
                None => std::mem::take(&mut final_else),
            };
            let span = Span::new(start, end.max(start));
            folded = Some(Stmt { kind: StmtKind::If { test, body, orelse }, span });
        }
        folded.ok_or(super::Recovered)
    }

    pub(crate) fn parse_while(&mut self) -> PResult<Stmt> {
        let start = self.bump().span.start;
        let mut ok = true;
        let test = self.header_expr(&mut ok, |p| p.parse_named_expr());
        self.header_colon(&mut ok);
        let body = self.parse_block(ok);
        let orelse = self.parse_else();
        Ok(Stmt { kind: StmtKind::While { test, body, orelse }, span: self.span_from(start) })
    }

    pub(crate) fn parse_for(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let mut ok = true;
        let target = self.header_expr(&mut ok, |p| {
            let target = p.parse_target_list()?;
            p.check_target(&target, TargetContext::For);
            p.expect(TokenKind::In)?;
            Ok(target)
        });
        let iter = self.header_expr(&mut ok, |p| {
            let iter = p.parse_star_expressions()?;
            p.check_no_bare_star(&iter);
            Ok(iter)
        });
        self.header_colon(&mut ok);
        let body = self.parse_block(ok);
        let orelse = self.parse_else();
        Ok(Stmt { kind: StmtKind::For { is_async, target, iter, body, orelse }, span: self.span_from(start) })
    }

    pub(crate) fn parse_try(&mut self) -> PResult<Stmt> {
        use TokenKind::*;
        let start = self.bump().span.start;
        let mut ok = true;
        self.header_colon(&mut ok);
        let body = self.parse_block(ok);
        let mut handlers = Vec::new();
        while self.at(Except) {
            let except = self.bump();
            let mut ok = true;
            if self.at(Star) {
                // Exception groups are not MicroPython's: its parser stops here.
                let star = self.bump();
                self.error(star.span, "except* (exception groups) is not supported");
            }
            let (typ, name) = if self.at(Colon) {
                (None, None)
            } else {
                let typ = self.header_expr(&mut ok, |p| p.parse_test());
                let name =
                    if ok && self.eat(As) { self.header(&mut ok, None, |p| p.expect_name().map(Some)) } else { None };
                (Some(typ), name)
            };
            self.header_colon(&mut ok);
            let handler_body = self.parse_block(ok);
            let follows_bare_except = handlers.last().is_some_and(|h: &ExceptHandler| h.typ.is_none());
            if follows_bare_except {
                self.error(except.span, "default 'except:' must be last");
            }
            handlers.push(ExceptHandler { typ, name, body: handler_body, span: self.span_from(except.span.start) });
        }
        let orelse = if !handlers.is_empty() { self.parse_else() } else { Vec::new() };
        let has_finally = self.at(Finally);
        let finalbody = if self.eat(Finally) {
            let mut ok = true;
            self.header_colon(&mut ok);
            self.parse_block(ok)
        } else {
            Vec::new()
        };
        if handlers.is_empty() && !has_finally {
            let span = self.token().span;
            self.error(span, "expected 'except' or 'finally' block");
        }
        Ok(Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody }, span: self.span_from(start) })
    }

    pub(crate) fn parse_with(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let mut ok = true;
        let items = match self.try_parenthesised_with_items() {
            Some(items) => items,
            None => self.header(&mut ok, Vec::new(), |p| p.parse_with_items()),
        };
        self.header_colon(&mut ok);
        let body = self.parse_block(ok);
        Ok(Stmt { kind: StmtKind::With { is_async, items, body }, span: self.span_from(start) })
    }

    fn parse_with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            items.push(self.parse_with_item()?);
            if !self.eat(TokenKind::Comma) {
                return Ok(items);
            }
        }
    }

    fn parse_with_item(&mut self) -> PResult<WithItem> {
        let context = self.parse_test()?;
        let target = if self.eat(TokenKind::As) {
            let target = self.parse_target()?;
            self.check_target(&target, TargetContext::With);
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    /// `with (a as b, c as d):` — Python 3.9+, not in MicroPython's grammar.
    /// Tried first and undone unless it is exactly that shape, since
    /// `with (a, b):` and `with (a) as b:` read differently.
    fn try_parenthesised_with_items(&mut self) -> Option<Vec<WithItem>> {
        if !self.at(TokenKind::LParen) {
            return None;
        }
        let (pos, error_count, stars) = (self.pos, self.errors.len(), self.pending_stars.len());
        let open = self.bump();
        let mut items = Vec::new();
        let mut has_as = false;
        let parsed = loop {
            match self.parse_with_item() {
                Ok(item) => {
                    has_as |= item.target.is_some();
                    items.push(item);
                }
                Err(_) => break false,
            }
            if self.eat(TokenKind::Comma) {
                if self.at(TokenKind::RParen) {
                    self.bump();
                    break true;
                }
                continue;
            }
            break self.eat(TokenKind::RParen);
        };
        if parsed && has_as && self.at(TokenKind::Colon) {
            self.unsupported(open.span, "parenthesised context managers");
            return Some(items);
        }
        self.pos = pos;
        self.errors.truncate(error_count);
        self.pending_stars.truncate(stars);
        None
    }

    pub(crate) fn parse_decorated(&mut self) -> PResult<Stmt> {
        let start = self.token().span.start;
        let mut decorators = Vec::new();
        while self.eat(TokenKind::At) {
            let decorator = self.parse_named_expr()?;
            self.check_decorator(&decorator);
            self.report_pending_stars();
            decorators.push(decorator);
            self.expect(TokenKind::Newline)?;
        }
        let def_start = self.token().span.start;
        let mut stmt = match self.peek() {
            TokenKind::Def => self.parse_def(def_start, decorators, false)?,
            TokenKind::Class => self.parse_class(def_start, decorators)?,
            TokenKind::Async => self.parse_async(def_start, decorators)?,
            _ => {
                let span = self.token().span;
                self.error(span, "expected 'def' or 'class' after a decorator");
                return Err(super::Recovered);
            }
        };
        stmt.span.start = start;
        Ok(stmt)
    }

    pub(crate) fn parse_async(&mut self, start: u32, decorators: Vec<Expr>) -> PResult<Stmt> {
        self.bump();
        match self.peek() {
            TokenKind::Def => self.parse_def(start, decorators, true),
            TokenKind::For if decorators.is_empty() => self.parse_for(start, true),
            TokenKind::With if decorators.is_empty() => self.parse_with(start, true),
            _ => {
                let span = self.token().span;
                self.error(span, "expected 'def', 'for' or 'with' after 'async'");
                Err(super::Recovered)
            }
        }
    }

    pub(crate) fn parse_def(&mut self, start: u32, decorators: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let name = self.expect_name()?;
        let mut ok = true;
        let params_start = self.token().span;
        let params = self.header(&mut ok, Parameters { span: params_start, ..Parameters::default() }, |p| {
            p.expect(TokenKind::LParen)?;
            let params = p.parse_parameters(TokenKind::RParen, true)?;
            p.expect(TokenKind::RParen)?;
            Ok(params)
        });
        let returns = if ok && self.eat(TokenKind::Arrow) {
            let span = self.token().span;
            Some(self.header(&mut ok, Self::error_expr(span), |p| p.parse_test()))
        } else {
            None
        };
        self.header_colon(&mut ok);
        let body = self.parse_block(ok);
        let def = FunctionDef { is_async, name, params, returns, body, decorators };
        Ok(Stmt { kind: StmtKind::FunctionDef(Box::new(def)), span: self.span_from(start) })
    }

    pub(crate) fn parse_class(&mut self, start: u32, decorators: Vec<Expr>) -> PResult<Stmt> {
        self.bump();
        let name = self.expect_name()?;
        let mut ok = true;
        let bases = if self.at(TokenKind::LParen) {
            self.header(&mut ok, Vec::new(), |p| {
                p.bump();
                p.parse_call_arguments()
            })
        } else {
            Vec::new()
        };
        self.header_colon(&mut ok);
        let body = self.parse_block(ok);
        let class = ClassDef { name, bases, body, decorators };
        Ok(Stmt { kind: StmtKind::ClassDef(Box::new(class)), span: self.span_from(start) })
    }

    /// `match` is a soft keyword: `match x:` at the end of a line starts a
    /// match statement; `match = 3` and `match(x)` are ordinary code. Decided
    /// by trial parse of the subject, then undone.
    pub(crate) fn looks_like_match(&mut self) -> bool {
        use TokenKind::*;
        if matches!(
            self.peek_nth(1),
            Newline | EndOfFile | Equal | Dot | Comma | Colon | RParen | RBracket | RBrace | Semicolon
        ) {
            return false;
        }
        let (pos, error_count, stars) = (self.pos, self.errors.len(), self.pending_stars.len());
        self.bump();
        let is_match = self.parse_star_named_expressions().is_ok() && self.at(Colon) && self.peek_nth(1) == Newline;
        self.pos = pos;
        self.errors.truncate(error_count);
        self.pending_stars.truncate(stars);
        is_match
    }

    pub(crate) fn parse_match(&mut self) -> PResult<Stmt> {
        use TokenKind::*;
        let keyword = self.bump();
        self.unsupported(keyword.span, "the match statement");
        let subject = self.parse_star_named_expressions()?;
        self.expect(Colon)?;
        self.expect(Newline)?;
        if !self.eat(Indent) {
            let span = self.token().span;
            self.error_kind(span, "expected an indented block", SyntaxErrorKind::Indentation);
            let cases = Vec::new();
            return Ok(Stmt { kind: StmtKind::Match { subject, cases }, span: self.span_from(keyword.span.start) });
        }
        let cases = self.nested(|p| {
            let mut cases = Vec::new();
            p.parse_match_cases(&mut cases);
            Ok(cases)
        })?;
        self.eat(Dedent);
        Ok(Stmt { kind: StmtKind::Match { subject, cases }, span: self.span_from(keyword.span.start) })
    }

    fn parse_match_cases(&mut self, cases: &mut Vec<MatchCase>) {
        use TokenKind::*;
        while !matches!(self.peek(), Dedent | EndOfFile) {
            if !self.at_name("case") {
                let _ = self.unexpected::<()>();
                self.synchronize();
                continue;
            }
            let case = self.bump();
            let mut ok = true;
            self.in_pattern = true;
            let pattern = self.header_expr(&mut ok, |p| p.parse_star_named_expressions());
            self.in_pattern = false;
            // `case [a, *rest]` is a pattern, not an unpacking (and the
            // whole statement is already reported as unsupported).
            self.clear_stars();
            let guard =
                if ok && self.eat(If) { Some(self.header_expr(&mut ok, |p| p.parse_named_expr())) } else { None };
            self.header_colon(&mut ok);
            let body = self.parse_block(ok);
            cases.push(MatchCase { pattern, guard, body, span: self.span_from(case.span.start) });
        }
    }
}
