//! Atoms (names, literals, bracketed displays, comprehensions) and the
//! trailers that follow them (`.attr`, `(args)`, `[index]`).

use super::targets::TargetContext;
use super::{expr, PResult, Parser, Recovered};
use crate::ast::{Comprehension, Constant, DictItem, Expr, ExprKind, Ident};
use crate::token::TokenKind;

impl<'src> Parser<'src> {
    /// An atom followed by any number of trailers.
    pub(crate) fn parse_primary(&mut self) -> PResult<Expr> {
        let mut links = 0;
        let result = self.parse_trailers(&mut links);
        self.end_chain(links);
        result
    }

    fn parse_trailers(&mut self, links: &mut u32) -> PResult<Expr> {
        let start = self.token().span.start;
        let mut value = self.parse_atom()?;
        loop {
            if matches!(self.peek(), TokenKind::Dot | TokenKind::LParen | TokenKind::LBracket) {
                self.extend_chain(links)?;
            }
            match self.peek() {
                TokenKind::Dot => {
                    self.bump();
                    let attr = self.expect_attribute_name()?;
                    value = expr(ExprKind::Attribute { value: Box::new(value), attr }, self.span_from(start));
                }
                TokenKind::LParen => {
                    self.bump();
                    let args = self.nested(Self::parse_call_arguments)?;
                    value = expr(ExprKind::Call { func: Box::new(value), args }, self.span_from(start));
                }
                TokenKind::LBracket => {
                    self.bump();
                    let index = self.nested(Self::parse_subscript)?;
                    self.expect(TokenKind::RBracket)?;
                    value = expr(
                        ExprKind::Subscript { value: Box::new(value), index: Box::new(index) },
                        self.span_from(start),
                    );
                }
                _ => return Ok(value),
            }
        }
    }

    fn expect_attribute_name(&mut self) -> PResult<Ident> {
        if self.at(TokenKind::Name) {
            return self.expect_name();
        }
        let span = self.token().span;
        self.error(span, "expected an attribute name after '.'");
        Err(Recovered)
    }

    fn parse_atom(&mut self) -> PResult<Expr> {
        use TokenKind::*;
        let token = self.token();
        let constant = |c| Ok(expr(ExprKind::Const(c), token.span));
        match token.kind {
            Name => {
                self.bump();
                Ok(expr(ExprKind::Name(self.text(token.span).to_string()), token.span))
            }
            Number => {
                self.bump();
                Ok(self.number_literal(token.span))
            }
            Str | Bytes | FString | TString | UnterminatedString => self.parse_strings(),
            KwNone => {
                self.bump();
                constant(Constant::None)
            }
            KwTrue => {
                self.bump();
                constant(Constant::True)
            }
            KwFalse => {
                self.bump();
                constant(Constant::False)
            }
            Ellipsis => {
                self.bump();
                constant(Constant::Ellipsis)
            }
            LParen => self.nested(Self::parse_parenthesised),
            LBracket => self.nested(Self::parse_list_display),
            LBrace => self.nested(Self::parse_brace_display),
            Star => {
                self.error(token.span, "can't use starred expression here");
                Err(Recovered)
            }
            Invalid => {
                // Reported by the lexer; stand in for the missing operand.
                self.bump();
                Ok(Self::error_expr(token.span))
            }
            _ => self.unexpected(),
        }
    }

    /// `()`, `(x)`, `(x,)`, `(a, *b)`, `(yield x)`, `(x for x in y)`.
    fn parse_parenthesised(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.eat(TokenKind::RParen) {
            return Ok(expr(ExprKind::Tuple(Vec::new()), self.span_from(open.span.start)));
        }
        if self.at(TokenKind::Yield) {
            let value = self.parse_yield()?;
            self.expect(TokenKind::RParen)?;
            return Ok(value);
        }
        let first = self.parse_star_or_named()?;
        if self.at(TokenKind::For) || self.at(TokenKind::Async) {
            let generators = self.parse_comprehension_clauses()?;
            self.expect(TokenKind::RParen)?;
            self.check_comprehension_element(&first);
            let kind = ExprKind::GeneratorExp { elt: Box::new(first), generators };
            return Ok(expr(kind, self.span_from(open.span.start)));
        }
        if self.eat(TokenKind::RParen) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                self.forget_star(first.span);
                self.error(first.span, "can't use starred expression here");
                return Ok(Self::error_expr(first.span));
            }
            // A parenthesised expression keeps its own span; the brackets
            // belong to whatever contains it.
            return Ok(first);
        }
        let elements = self.parse_display_rest(first, TokenKind::RParen)?;
        Ok(expr(ExprKind::Tuple(elements), self.span_from(open.span.start)))
    }

    fn parse_list_display(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.eat(TokenKind::RBracket) {
            return Ok(expr(ExprKind::List(Vec::new()), self.span_from(open.span.start)));
        }
        let first = self.parse_star_or_named()?;
        if self.at(TokenKind::For) || self.at(TokenKind::Async) {
            let generators = self.parse_comprehension_clauses()?;
            self.expect(TokenKind::RBracket)?;
            self.check_comprehension_element(&first);
            let kind = ExprKind::ListComp { elt: Box::new(first), generators };
            return Ok(expr(kind, self.span_from(open.span.start)));
        }
        let elements = self.parse_display_rest(first, TokenKind::RBracket)?;
        Ok(expr(ExprKind::List(elements), self.span_from(open.span.start)))
    }

    /// The elements after the first, through the closing bracket.
    fn parse_display_rest(&mut self, first: Expr, close: TokenKind) -> PResult<Vec<Expr>> {
        let mut elements = vec![first];
        loop {
            if self.eat(close) {
                return Ok(elements);
            }
            self.expect_separator(close)?;
            if self.eat(close) {
                return Ok(elements);
            }
            elements.push(self.parse_star_or_named()?);
        }
    }

    /// A `,` between items; "expected ',' or ')'" otherwise.
    pub(crate) fn expect_separator(&mut self, close: TokenKind) -> PResult<()> {
        if self.eat(TokenKind::Comma) {
            return Ok(());
        }
        let token = self.token();
        self.error(token.span, format!("invalid syntax: expected ',' or {}", close.describe()));
        Err(Recovered)
    }

    /// `{}` (a dict), `{k: v, **d}`, `{a, *b}`, and their comprehensions.
    fn parse_brace_display(&mut self) -> PResult<Expr> {
        use TokenKind::*;
        let open = self.bump();
        if self.eat(RBrace) {
            return Ok(expr(ExprKind::Dict(Vec::new()), self.span_from(open.span.start)));
        }
        let first_item = if self.at(DoubleStar) {
            DictItem::Unpack(self.parse_dict_unpack()?)
        } else {
            let first = self.parse_star_or_named()?;
            if !self.at(Colon) {
                return self.parse_set_rest(open.span.start, first);
            }
            self.bump();
            if matches!(first.kind, ExprKind::Starred(_)) {
                self.forget_star(first.span);
                self.error(first.span, "can't use starred expression here");
            }
            let value = self.parse_test()?;
            if self.at(For) || self.at(Async) {
                let generators = self.parse_comprehension_clauses()?;
                self.expect(RBrace)?;
                let kind = ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators };
                return Ok(expr(kind, self.span_from(open.span.start)));
            }
            DictItem::Pair(first, value)
        };
        if let (DictItem::Unpack(value), true) = (&first_item, self.at(For)) {
            self.error(value.span, "dict unpacking cannot be used in dict comprehension");
            return Err(Recovered);
        }
        let mut items = vec![first_item];
        loop {
            if self.eat(RBrace) {
                break;
            }
            self.expect_separator(RBrace)?;
            if self.eat(RBrace) {
                break;
            }
            if self.at(DoubleStar) {
                items.push(DictItem::Unpack(self.parse_dict_unpack()?));
                continue;
            }
            let key = self.parse_test()?;
            self.expect(Colon)?;
            let value = self.parse_test()?;
            items.push(DictItem::Pair(key, value));
        }
        Ok(expr(ExprKind::Dict(items), self.span_from(open.span.start)))
    }

    /// `**mapping` in a dict display.
    fn parse_dict_unpack(&mut self) -> PResult<Expr> {
        let _star = self.bump();
        self.parse_bitor()
    }

    fn parse_set_rest(&mut self, start: u32, first: Expr) -> PResult<Expr> {
        if self.at(TokenKind::For) || self.at(TokenKind::Async) {
            let generators = self.parse_comprehension_clauses()?;
            self.expect(TokenKind::RBrace)?;
            self.check_comprehension_element(&first);
            return Ok(expr(ExprKind::SetComp { elt: Box::new(first), generators }, self.span_from(start)));
        }
        let elements = self.parse_display_rest(first, TokenKind::RBrace)?;
        Ok(expr(ExprKind::Set(elements), self.span_from(start)))
    }

    /// `for t in it [if c]* ...` (one or more clauses, each maybe `async`).
    pub(crate) fn parse_comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            if self.at(TokenKind::Async) {
                let span = self.token().span;
                self.unsupported(span, "asynchronous comprehensions");
            }
            let is_async = self.eat(TokenKind::Async);
            if !self.at(TokenKind::For) {
                if is_async || generators.is_empty() {
                    return self.unexpected();
                }
                return Ok(generators);
            }
            self.bump();
            let target = self.parse_target_list()?;
            self.check_target(&target, TargetContext::Comprehension);
            self.expect(TokenKind::In)?;
            let iter = self.parse_or_test()?;
            let mut ifs = Vec::new();
            while self.eat(TokenKind::If) {
                ifs.push(self.parse_or_test()?);
            }
            generators.push(Comprehension { is_async, target, iter, ifs });
        }
    }

    fn check_comprehension_element(&mut self, element: &Expr) {
        if let ExprKind::Starred(_) = element.kind {
            self.forget_star(element.span);
            self.error(element.span, "iterable unpacking cannot be used in comprehension");
        }
    }

    /// Inside `[...]`: an index, a slice, or a tuple of them.
    fn parse_subscript(&mut self) -> PResult<Expr> {
        let start = self.token().span.start;
        let first = self.parse_slice_item()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elements = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::RBracket) {
                break;
            }
            elements.push(self.parse_slice_item()?);
        }
        Ok(expr(ExprKind::Tuple(elements), self.span_from(start)))
    }

    fn parse_slice_item(&mut self) -> PResult<Expr> {
        let start = self.token().span.start;
        let lower = if self.at(TokenKind::Colon) {
            None
        } else {
            let value = self.parse_star_or_named()?;
            if !self.at(TokenKind::Colon) {
                return Ok(value);
            }
            Some(Box::new(value))
        };
        self.bump();
        let upper = self.parse_optional_slice_bound()?;
        let step = if self.eat(TokenKind::Colon) { self.parse_optional_slice_bound()? } else { None };
        Ok(expr(ExprKind::Slice { lower, upper, step }, self.span_from(start)))
    }

    fn parse_optional_slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(self.peek(), TokenKind::Colon | TokenKind::Comma | TokenKind::RBracket) {
            return Ok(None);
        }
        Ok(Some(Box::new(self.parse_test()?)))
    }
}
