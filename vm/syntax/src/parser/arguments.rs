//! Call arguments (`f(a, *b, c=1, **d)`, `f(x for x in y)`) and parameter
//! lists of `def` and `lambda`.

use super::{expr, PResult, Parser, Recovered};
use crate::ast::{Arg, Expr, ExprKind, Ident, Param, Parameters};
use crate::span::Span;
use crate::token::TokenKind;
use std::collections::HashSet;

impl<'src> Parser<'src> {
    /// Arguments after an already-consumed `(`, through the `)`.
    pub(crate) fn parse_call_arguments(&mut self) -> PResult<Vec<Arg>> {
        use TokenKind::*;
        // The caller consumed the `(`; a bare generator argument's span
        // covers it, as in CPython.
        let open = self.tokens[self.pos.saturating_sub(1)].span.start;
        let mut args: Vec<Arg> = Vec::new();
        let mut keywords: HashSet<String> = HashSet::new();
        let (mut seen_keyword, mut seen_double_star) = (false, false);
        loop {
            if self.eat(RParen) {
                return Ok(args);
            }
            let start = self.token().span.start;
            let arg = match self.peek() {
                Star => {
                    self.bump();
                    let value = self.parse_test()?;
                    if seen_double_star {
                        self.error(
                            self.span_from(start),
                            "iterable argument unpacking follows keyword argument unpacking",
                        );
                    }
                    Arg::Starred(value)
                }
                DoubleStar => {
                    self.bump();
                    seen_double_star = true;
                    Arg::DoubleStarred(self.parse_test()?)
                }
                Name if self.peek_nth(1) == Equal => {
                    let name = self.expect_name()?;
                    self.bump();
                    seen_keyword = true;
                    if !keywords.insert(name.name.clone()) {
                        self.error(name.span, format!("keyword argument repeated: {}", name.name));
                    }
                    Arg::Keyword { name, value: self.parse_test()? }
                }
                _ => {
                    let value = self.parse_named_expr()?;
                    if self.at(Equal) {
                        self.error(value.span, "expression cannot contain assignment, perhaps you meant \"==\"?");
                        return Err(Recovered);
                    }
                    if self.at(For) || self.at(Async) {
                        let mut value = self.parse_bare_generator(value)?;
                        if !args.is_empty() || !self.at(RParen) {
                            self.error(value.span, "generator expression must be parenthesized");
                        } else {
                            value.span = Span::new(open.min(value.span.start), self.token().span.end);
                        }
                        args.push(Arg::Positional(value));
                        self.expect_argument_separator()?;
                        continue;
                    }
                    if seen_double_star {
                        self.error(value.span, "positional argument follows keyword argument unpacking");
                    } else if seen_keyword {
                        self.error(value.span, "positional argument follows keyword argument");
                    }
                    Arg::Positional(value)
                }
            };
            args.push(arg);
            self.expect_argument_separator()?;
        }
    }

    fn expect_argument_separator(&mut self) -> PResult<()> {
        if self.at(TokenKind::RParen) {
            return Ok(());
        }
        self.expect_separator(TokenKind::RParen)
    }

    /// `f(x for x in y)`: a generator expression without its own brackets.
    fn parse_bare_generator(&mut self, element: Expr) -> PResult<Expr> {
        let start = element.span.start;
        let generators = self.parse_comprehension_clauses()?;
        Ok(expr(ExprKind::GeneratorExp { elt: Box::new(element), generators }, self.span_from(start)))
    }

    /// A parameter list up to (not including) `close`: `)` for `def`, `:`
    /// for `lambda` (whose parameters take no annotations).
    pub(crate) fn parse_parameters(&mut self, close: TokenKind, annotations: bool) -> PResult<Parameters> {
        use TokenKind::*;
        let start = self.token().span.start;
        let mut params = Parameters::default();
        let mut seen_star = false;
        let mut seen_default = false;
        while !self.at(close) {
            let token = self.token();
            match token.kind {
                Slash => {
                    self.bump();
                    if seen_star || !params.posonly.is_empty() || params.args.is_empty() {
                        self.error(
                            token.span,
                            "invalid syntax: '/' must follow at least one parameter and come before '*'",
                        );
                    } else {
                        self.unsupported(token.span, "positional-only parameters");
                        params.posonly = std::mem::take(&mut params.args);
                    }
                }
                Star => {
                    self.bump();
                    if seen_star {
                        self.error(token.span, "* argument may appear only once");
                    }
                    seen_star = true;
                    // A bare `*` needs no named parameter after it in
                    // MicroPython (`def f(*):` compiles), unlike CPython.
                    if !(matches!(self.peek(), Comma) || self.at(close)) {
                        params.vararg = Some(self.parse_param(annotations, false)?);
                    }
                }
                DoubleStar => {
                    self.bump();
                    params.kwarg = Some(self.parse_param(annotations, false)?);
                    self.eat(Comma);
                    if !self.at(close) {
                        let span = self.token().span;
                        self.error(span, "arguments cannot follow var-keyword argument");
                        return Err(Recovered);
                    }
                    break;
                }
                _ => {
                    let param = self.parse_param(annotations, true)?;
                    if seen_star {
                        params.kwonly.push(param);
                    } else {
                        if param.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            self.error(param.name.span, "non-default argument follows default argument");
                        }
                        params.args.push(param);
                    }
                }
            }
            if !self.eat(Comma) {
                break;
            }
        }
        if !self.at(close) {
            if close == RParen {
                self.expect_separator(RParen)?;
            }
            return self.unexpected();
        }
        self.check_duplicate_parameters(&params);
        params.span = self.span_from(start);
        if params.span.is_empty() {
            params.span = Span::new(start, start);
        }
        Ok(params)
    }

    fn parse_param(&mut self, annotations: bool, defaults: bool) -> PResult<Param> {
        let name = self.expect_name()?;
        let annotation = if annotations && self.eat(TokenKind::Colon) { Some(self.parse_test()?) } else { None };
        let default = if self.at(TokenKind::Equal) {
            let equal = self.bump();
            let value = self.parse_test()?;
            if !defaults {
                self.error(equal.span, "var-positional and var-keyword parameters cannot have default values");
            }
            Some(value)
        } else {
            None
        };
        Ok(Param { name, annotation, default })
    }

    fn check_duplicate_parameters(&mut self, params: &Parameters) {
        let all =
            params.posonly.iter().chain(&params.args).chain(&params.vararg).chain(&params.kwonly).chain(&params.kwarg);
        let mut seen: HashSet<&str> = HashSet::new();
        let mut duplicates: Vec<Ident> = Vec::new();
        for param in all {
            if !seen.insert(param.name.name.as_str()) {
                duplicates.push(param.name.clone());
            }
        }
        for name in duplicates {
            self.error(name.span, format!("duplicate argument '{}' in function definition", name.name));
        }
    }
}
