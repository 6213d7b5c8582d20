//! Simple statements (one logical line, `;`-separated) and the dispatch from
//! a statement's first token to its rule.

use super::targets::TargetContext;
use super::{PResult, Parser, Recovered};
use crate::ast::{Alias, BinOp, Expr, ExprKind, Ident, Stmt, StmtKind};
use crate::token::TokenKind;

impl<'src> Parser<'src> {
    /// One statement (or a `;`-separated line of them) into `out`.
    pub(crate) fn parse_statement(&mut self, out: &mut Vec<Stmt>) {
        use TokenKind::*;
        let start = self.token().span.start;
        let result = match self.peek() {
            If => self.parse_if(),
            While => self.parse_while(),
            For => self.parse_for(start, false),
            Try => self.parse_try(),
            With => self.parse_with(start, false),
            Def => self.parse_def(start, Vec::new(), false),
            Class => self.parse_class(start, Vec::new()),
            At => self.parse_decorated(),
            Async => self.parse_async(start, Vec::new()),
            Name if self.at_name("match") && self.looks_like_match() => self.parse_match(),
            _ => {
                self.parse_simple_line(out);
                return;
            }
        };
        match result {
            Ok(stmt) => out.push(stmt),
            Err(Recovered) => out.push(self.error_stmt(start)),
        }
    }

    /// `small (';' small)* [';'] NEWLINE`
    pub(crate) fn parse_simple_line(&mut self, out: &mut Vec<Stmt>) {
        loop {
            let start = self.token().span.start;
            match self.parse_simple_statement() {
                Ok(stmt) => out.push(stmt),
                Err(Recovered) => {
                    out.push(self.error_stmt(start));
                    return;
                }
            }
            if !self.eat(TokenKind::Semicolon) || matches!(self.peek(), TokenKind::Newline | TokenKind::EndOfFile) {
                break;
            }
        }
        if !self.eat(TokenKind::Newline) && !self.at(TokenKind::EndOfFile) {
            if self.is_python2_print(out.last()) {
                let span = out.last().map_or(self.token().span, |s| s.span).to(self.token().span);
                self.error(span, "Missing parentheses in call to 'print'. Did you mean print(...)?");
            } else {
                let _ = self.unexpected::<()>();
            }
            self.synchronize();
        }
    }

    fn parse_simple_statement(&mut self) -> PResult<Stmt> {
        use TokenKind::*;
        let start = self.token().span.start;
        let kind = match self.peek() {
            Pass => {
                self.bump();
                StmtKind::Pass
            }
            Break => {
                self.bump();
                StmtKind::Break
            }
            Continue => {
                self.bump();
                StmtKind::Continue
            }
            Return => {
                self.bump();
                let value = if self.at_expression_end() { None } else { Some(self.parse_star_expressions()?) };
                if let Some(value) = &value {
                    self.check_no_bare_star(value);
                }
                StmtKind::Return(value)
            }
            Raise => self.parse_raise()?,
            Global | Nonlocal => {
                let keyword = self.bump().kind;
                let mut names = vec![self.expect_name()?];
                while self.eat(Comma) {
                    names.push(self.expect_name()?);
                }
                if keyword == Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Del => {
                self.bump();
                let targets = self.parse_del_targets()?;
                StmtKind::Delete(targets)
            }
            Assert => {
                self.bump();
                let test = self.parse_test()?;
                let msg = if self.eat(Comma) { Some(self.parse_test()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Import => self.parse_import()?,
            From => self.parse_from_import()?,
            Indent => return self.unexpected(),
            _ => self.parse_expression_statement()?,
        };
        self.report_pending_stars();
        Ok(Stmt { kind, span: self.span_from(start) })
    }

    /// True where an optional expression is absent (`return`, `yield`).
    pub(crate) fn at_expression_end(&self) -> bool {
        use TokenKind::*;
        matches!(self.peek(), Newline | Semicolon | EndOfFile | RParen | RBracket | RBrace | Equal | Colon | Dedent)
    }

    fn parse_raise(&mut self) -> PResult<StmtKind> {
        self.bump();
        if self.at_expression_end() {
            return Ok(StmtKind::Raise { exc: None, cause: None });
        }
        let exc = self.parse_test()?;
        let cause = if self.eat(TokenKind::From) { Some(self.parse_test()?) } else { None };
        Ok(StmtKind::Raise { exc: Some(exc), cause })
    }

    fn parse_del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let target = self.parse_target()?;
            self.check_target(&target, TargetContext::Delete);
            targets.push(target);
            if !self.eat(TokenKind::Comma) || self.at_expression_end() {
                break;
            }
        }
        Ok(targets)
    }

    fn parse_import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.parse_dotted_name()?;
            let asname = if self.eat(TokenKind::As) { Some(self.expect_name()?) } else { None };
            names.push(Alias { name, asname });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn parse_dotted_name(&mut self) -> PResult<Ident> {
        let first = self.expect_name()?;
        let mut name = first.name;
        let mut span = first.span;
        while self.eat(TokenKind::Dot) {
            let part = self.expect_name()?;
            name.push('.');
            name.push_str(&part.name);
            span = span.to(part.span);
        }
        Ok(Ident { name, span })
    }

    fn parse_from_import(&mut self) -> PResult<StmtKind> {
        use TokenKind::*;
        self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                Dot => level += 1,
                Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(Name) || level == 0 { Some(self.parse_dotted_name()?) } else { None };
        self.expect(Import)?;
        let mut names = Vec::new();
        if self.at(Star) {
            let star = self.bump();
            names.push(Alias { name: Ident { name: "*".into(), span: star.span }, asname: None });
            return Ok(StmtKind::ImportFrom { module, names, level });
        }
        let parenthesised = self.eat(LParen);
        loop {
            let name = self.expect_name()?;
            let asname = if self.eat(As) { Some(self.expect_name()?) } else { None };
            names.push(Alias { name, asname });
            if !self.at(Comma) {
                break;
            }
            self.bump();
            if parenthesised && self.at(RParen) {
                break;
            }
            // MicroPython takes `from m import a,` (CPython does not).
            if !parenthesised && self.at_expression_end() {
                break;
            }
        }
        if parenthesised {
            self.expect(RParen)?;
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    /// Expression statement, assignment chain, augmented or annotated
    /// assignment.
    fn parse_expression_statement(&mut self) -> PResult<StmtKind> {
        use TokenKind::*;
        let first = self.parse_star_expressions_or_yield()?;
        if self.at(Equal) {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.bump();
                value = self.parse_star_expressions_or_yield()?;
                if !self.at(Equal) {
                    break;
                }
                targets.push(value);
            }
            for target in &targets {
                self.check_target(target, TargetContext::Assign);
            }
            self.check_no_bare_star(&value);
            return Ok(StmtKind::Assign { targets, value });
        }
        if let Some(op) = augmented_op(self.peek()) {
            self.bump();
            self.check_target(&first, TargetContext::AugAssign);
            let value = self.parse_star_expressions_or_yield()?;
            self.check_no_bare_star(&value);
            return Ok(StmtKind::AugAssign { target: first, op, value });
        }
        if self.at(Colon) {
            let colon = self.bump();
            match first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple(_) => self.error(first.span, "only single target (not tuple) can be annotated"),
                ExprKind::List(_) => self.error(first.span, "only single target (not list) can be annotated"),
                _ => self.error(colon.span, "illegal target for annotation"),
            }
            let annotation = self.parse_test()?;
            let value = if self.eat(Equal) { Some(self.parse_star_expressions_or_yield()?) } else { None };
            if let Some(value) = &value {
                self.check_no_bare_star(value);
            }
            return Ok(StmtKind::AnnAssign { target: first, annotation, value });
        }
        self.check_no_bare_star(&first);
        Ok(StmtKind::Expr(first))
    }

    /// `print "x"`: a Python 2 habit worth a precise message.
    fn is_python2_print(&self, last: Option<&Stmt>) -> bool {
        let is_print_name = matches!(last, Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Name(n), .. }), .. }) if n == "print");
        is_print_name && super::expressions::can_start_expression(self.peek())
    }

    /// `*x` alone is only valid inside a tuple, list or set.
    pub(crate) fn check_no_bare_star(&mut self, expr: &Expr) {
        if let ExprKind::Starred(_) = expr.kind {
            self.forget_star(expr.span);
            self.error(expr.span, "can't use starred expression here");
        }
    }
}

fn augmented_op(kind: TokenKind) -> Option<BinOp> {
    use TokenKind::*;
    Some(match kind {
        PlusEqual => BinOp::Add,
        MinusEqual => BinOp::Sub,
        StarEqual => BinOp::Mult,
        AtEqual => BinOp::MatMult,
        SlashEqual => BinOp::Div,
        DoubleSlashEqual => BinOp::FloorDiv,
        PercentEqual => BinOp::Mod,
        DoubleStarEqual => BinOp::Pow,
        LeftShiftEqual => BinOp::LShift,
        RightShiftEqual => BinOp::RShift,
        VBarEqual => BinOp::BitOr,
        CircumflexEqual => BinOp::BitXor,
        AmperEqual => BinOp::BitAnd,
        _ => return None,
    })
}
