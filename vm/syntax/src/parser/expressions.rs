//! Expressions from the loosest binding (tuples, `lambda`, `if`-`else`)
//! down to unary operators and `**`; binary operators by precedence
//! climbing. Atoms and trailers are in `atoms.rs`.
//!
//! Nesting is counted where the grammar recurses into itself (brackets,
//! calls, unary operators, `not`, `**`, `lambda`, the `else` of a
//! conditional), which bounds the stack for any input.

use super::{expr, PResult, Parser};
use crate::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, Ident, UnaryOp};
use crate::token::TokenKind;

impl<'src> Parser<'src> {
    /// An expression statement's value: `yield ...` or a tuple of
    /// (possibly starred) expressions.
    pub(crate) fn parse_star_expressions_or_yield(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Yield) {
            return self.parse_yield();
        }
        self.parse_star_expressions()
    }

    /// `a, *b, c` without brackets (a single item stays itself).
    pub(crate) fn parse_star_expressions(&mut self) -> PResult<Expr> {
        self.parse_sequence(Self::parse_star_or_test)
    }

    /// Like `parse_star_expressions` but items may be `name := value`.
    pub(crate) fn parse_star_named_expressions(&mut self) -> PResult<Expr> {
        self.parse_sequence(Self::parse_star_or_named)
    }

    /// A `for` target: `a, (b, *c)` at bitwise-or level, so `in` is left
    /// for the caller.
    pub(crate) fn parse_target_list(&mut self) -> PResult<Expr> {
        self.parse_sequence(Self::parse_star_or_bitor)
    }

    /// The target after `with ... as`.
    pub(crate) fn parse_target(&mut self) -> PResult<Expr> {
        self.parse_star_or_bitor()
    }

    /// Items separated by commas; a trailing comma or more than one item
    /// makes a tuple.
    fn parse_sequence(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.token().span.start;
        let first = item(self)?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elements = vec![first];
        while self.eat(TokenKind::Comma) {
            if !can_start_expression(self.peek()) {
                break;
            }
            elements.push(item(self)?);
        }
        Ok(expr(ExprKind::Tuple(elements), self.span_from(start)))
    }

    pub(crate) fn parse_star_or_test(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            return self.parse_starred();
        }
        self.parse_test()
    }

    pub(crate) fn parse_star_or_named(&mut self) -> PResult<Expr> {
        let item = if self.at(TokenKind::Star) { self.parse_starred()? } else { self.parse_named_expr()? };
        if self.in_pattern && self.at(TokenKind::As) {
            return self.parse_pattern_capture(item);
        }
        Ok(item)
    }

    fn parse_star_or_bitor(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            return self.parse_starred();
        }
        self.parse_bitor()
    }

    /// `*x` (its operand at bitwise-or level, as in Python's grammar).
    pub(crate) fn parse_starred(&mut self) -> PResult<Expr> {
        let star = self.bump();
        let value = self.parse_bitor()?;
        let span = self.span_from(star.span.start);
        self.pending_stars.push(span);
        Ok(expr(ExprKind::Starred(Box::new(value)), span))
    }

    /// `case Point(x=0) as p:` — stored as `p := pattern`, which is how the
    /// capture binds a name.
    fn parse_pattern_capture(&mut self, pattern: Expr) -> PResult<Expr> {
        self.bump();
        let target = self.expect_name()?;
        let span = pattern.span.to(target.span);
        Ok(expr(ExprKind::NamedExpr { target, value: Box::new(pattern) }, span))
    }

    /// `name := value` or a plain test.
    pub(crate) fn parse_named_expr(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Name) && self.peek_nth(1) == TokenKind::ColonEqual {
            let name = self.bump();
            self.bump();
            let value = self.parse_test()?;
            let target = Ident { name: self.text(name.span).to_string(), span: name.span };
            let span = self.span_from(name.span.start);
            return Ok(expr(ExprKind::NamedExpr { target, value: Box::new(value) }, span));
        }
        let value = self.parse_test()?;
        if self.at(TokenKind::ColonEqual) {
            self.error(value.span, "can't use assignment expression here: the target must be a plain name");
            return Err(super::Recovered);
        }
        Ok(value)
    }

    /// `yield`, `yield a, b`, `yield from x`.
    pub(crate) fn parse_yield(&mut self) -> PResult<Expr> {
        let keyword = self.bump();
        if self.eat(TokenKind::From) {
            let value = self.parse_test()?;
            let span = self.span_from(keyword.span.start);
            return Ok(expr(ExprKind::YieldFrom(Box::new(value)), span));
        }
        if self.at_expression_end() {
            return Ok(expr(ExprKind::Yield(None), keyword.span));
        }
        let value = self.parse_star_expressions()?;
        self.check_no_bare_star(&value);
        let span = self.span_from(keyword.span.start);
        Ok(expr(ExprKind::Yield(Some(Box::new(value))), span))
    }

    /// `test: or_test ['if' or_test 'else' test] | lambda`
    pub(crate) fn parse_test(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Lambda) {
            return self.nested(Self::parse_lambda);
        }
        let start = self.token().span.start;
        let body = self.parse_or_test()?;
        // In a `case` pattern, `if` starts the guard.
        if !self.at(TokenKind::If) || self.in_pattern {
            return Ok(body);
        }
        self.bump();
        let test = self.parse_or_test()?;
        if !self.eat(TokenKind::Else) {
            let span = self.token().span;
            self.error(span, "expected 'else' after 'if' expression");
            return Err(super::Recovered);
        }
        let orelse = self.nested(Self::parse_test)?;
        let span = self.span_from(start);
        Ok(expr(ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }, span))
    }

    fn parse_lambda(&mut self) -> PResult<Expr> {
        let keyword = self.bump();
        let params = self.parse_parameters(TokenKind::Colon, false)?;
        self.expect(TokenKind::Colon)?;
        let body = self.parse_test()?;
        let span = self.span_from(keyword.span.start);
        Ok(expr(ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }, span))
    }

    /// `a or b or c` / `a and b` as one `BoolOp` per run of one operator.
    pub(crate) fn parse_or_test(&mut self) -> PResult<Expr> {
        self.parse_bool_op(TokenKind::Or)
    }

    fn parse_bool_op(&mut self, op_token: TokenKind) -> PResult<Expr> {
        let operand =
            |p: &mut Self| if op_token == TokenKind::Or { p.parse_bool_op(TokenKind::And) } else { p.parse_not() };
        let start = self.token().span.start;
        let first = operand(self)?;
        if !self.at(op_token) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(op_token) {
            values.push(operand(self)?);
        }
        let span = self.span_from(start);
        let op = if op_token == TokenKind::Or { BoolOp::Or } else { BoolOp::And };
        Ok(expr(ExprKind::BoolOp { op, values }, span))
    }

    fn parse_not(&mut self) -> PResult<Expr> {
        if !self.at(TokenKind::Not) {
            return self.parse_comparison();
        }
        let keyword = self.bump();
        let operand = self.nested(Self::parse_not)?;
        let span = self.span_from(keyword.span.start);
        Ok(expr(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, span))
    }

    fn parse_comparison(&mut self) -> PResult<Expr> {
        let start = self.token().span.start;
        let left = self.parse_bitor()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comparison_op() {
            ops.push(op);
            comparators.push(self.parse_bitor()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let span = self.span_from(start);
        Ok(expr(ExprKind::Compare { left: Box::new(left), ops, comparators }, span))
    }

    /// Consumes a comparison operator (`not in` and `is not` are two tokens).
    fn comparison_op(&mut self) -> Option<CmpOp> {
        use TokenKind::*;
        let op = match self.peek() {
            Less => CmpOp::Lt,
            Greater => CmpOp::Gt,
            EqEqual => CmpOp::Eq,
            NotEqual => CmpOp::NotEq,
            LessEqual => CmpOp::LtE,
            GreaterEqual => CmpOp::GtE,
            In => CmpOp::In,
            Is if self.peek_nth(1) == Not => {
                self.bump();
                CmpOp::IsNot
            }
            Is => CmpOp::Is,
            Not if self.peek_nth(1) == In => {
                self.bump();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// `|` and everything binding tighter.
    pub(crate) fn parse_bitor(&mut self) -> PResult<Expr> {
        self.parse_binary(1)
    }

    fn parse_binary(&mut self, min_precedence: u8) -> PResult<Expr> {
        let mut links = 0;
        let result = self.parse_binary_chain(min_precedence, &mut links);
        self.end_chain(links);
        result
    }

    fn parse_binary_chain(&mut self, min_precedence: u8, links: &mut u32) -> PResult<Expr> {
        let start = self.token().span.start;
        let mut left = self.parse_factor()?;
        while let Some((precedence, op)) = binary_op(self.peek()) {
            if precedence < min_precedence {
                break;
            }
            self.extend_chain(links)?;
            self.bump();
            let right = self.parse_binary(precedence + 1)?;
            let span = self.span_from(start);
            left = expr(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, span);
        }
        Ok(left)
    }

    /// Unary `+`, `-`, `~`, then `**`.
    fn parse_factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            TokenKind::Plus => UnaryOp::UAdd,
            TokenKind::Minus => UnaryOp::USub,
            TokenKind::Tilde => UnaryOp::Invert,
            _ => return self.parse_power(),
        };
        let sign = self.bump();
        let operand = self.nested(Self::parse_factor)?;
        let span = self.span_from(sign.span.start);
        Ok(expr(ExprKind::UnaryOp { op, operand: Box::new(operand) }, span))
    }

    /// `[await] primary ['**' factor]` (`-2**2` is `-(2**2)`; `2**-1` is
    /// fine).
    fn parse_power(&mut self) -> PResult<Expr> {
        let start = self.token().span.start;
        let base = if self.at(TokenKind::Await) {
            let keyword = self.bump();
            let value = self.parse_primary()?;
            let span = self.span_from(keyword.span.start);
            expr(ExprKind::Await(Box::new(value)), span)
        } else {
            self.parse_primary()?
        };
        if !self.eat(TokenKind::DoubleStar) {
            return Ok(base);
        }
        let exponent = self.nested(Self::parse_factor)?;
        let span = self.span_from(start);
        Ok(expr(ExprKind::BinOp { left: Box::new(base), op: BinOp::Pow, right: Box::new(exponent) }, span))
    }
}

/// Precedence (higher binds tighter) and operator of a binary operator token.
fn binary_op(kind: TokenKind) -> Option<(u8, BinOp)> {
    use TokenKind::*;
    Some(match kind {
        VBar => (1, BinOp::BitOr),
        Circumflex => (2, BinOp::BitXor),
        Amper => (3, BinOp::BitAnd),
        LeftShift => (4, BinOp::LShift),
        RightShift => (4, BinOp::RShift),
        Plus => (5, BinOp::Add),
        Minus => (5, BinOp::Sub),
        Star => (6, BinOp::Mult),
        Slash => (6, BinOp::Div),
        DoubleSlash => (6, BinOp::FloorDiv),
        Percent => (6, BinOp::Mod),
        At => (6, BinOp::MatMult),
        _ => return None,
    })
}

/// Whether a token can begin an expression (used to tell a trailing comma
/// from a separator).
pub(crate) fn can_start_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Number
            | Str
            | Bytes
            | FString
            | TString
            | UnterminatedString
            | KwNone
            | KwTrue
            | KwFalse
            | Ellipsis
            | LParen
            | LBracket
            | LBrace
            | Minus
            | Plus
            | Tilde
            | Star
            | DoubleStar
            | Not
            | Lambda
            | Await
            | Yield
    )
}
