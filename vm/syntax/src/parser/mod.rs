//! Tokens → syntax tree: a hand-written recursive-descent parser with
//! precedence climbing for binary operators.
//!
//! Errors never stop the parse. A failing rule records its error and returns
//! `Err(Recovered)`; the statement that contains it becomes an `Error` node
//! and parsing resumes at the next line (see `recovery.rs`). Nesting is
//! bounded (`MAX_DEPTH`, `MAX_TREE_DEPTH`) so hostile input gives an error,
//! not a stack overflow, and the stack grows on the heap if a thread's own
//! runs short.
//!
//! One file per area: `statements` (simple statements and dispatch),
//! `compound` (blocks, `if`/`for`/`def`/`class`/`match`...), `expressions`
//! (operators), `atoms` (literals, displays, comprehensions, trailers),
//! `arguments` (calls and parameter lists), `strings`/`fstring`/`numbers`
//! (literal values), `targets` (what may be assigned to), `recovery`.

mod arguments;
mod atoms;
mod compound;
mod expressions;
mod fstring;
mod micropython;
mod numbers;
mod recovery;
mod statements;
mod strings;
mod targets;

use crate::ast::{Expr, ExprKind, Module};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{lex, LexOptions};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::{ParseOptions, Parsed};

/// Nesting limit for brackets, unary operators, lambdas and blocks (CPython
/// also allows 200 nested parentheses).
pub(crate) const MAX_DEPTH: u32 = 200;

/// Bound on a tree's depth, counting left-leaning chains (`a + b + ...`,
/// `f(x)(y)...`, `a.b.c...`) as well as nesting, so that code walking the
/// tree recursively (drop, the compiler, the language server) is safe.
pub(crate) const MAX_TREE_DEPTH: u32 = 1000;

/// When less than this much stack is left, `nested` continues on a new
/// segment of `STACK_GROWTH` bytes.
const STACK_RED_ZONE: usize = 64 * 1024;
const STACK_GROWTH: usize = 1024 * 1024;

/// The error was recorded; the caller should recover.
#[derive(Debug)]
pub(crate) struct Recovered;

pub(crate) type PResult<T> = Result<T, Recovered>;

/// The parser proper; `crate::parse` is the public entry (it refuses texts
/// too large for `u32` spans before calling this).
pub fn parse_module(source: &str, options: ParseOptions) -> Parsed {
    let base = options.base_for(source);
    let lex_options = LexOptions { base, keep_comments: false, inside_brackets: false };
    let (tokens, lex_errors) = lex(source, lex_options);
    let mut parser = Parser::new(source, base, tokens, 0);
    let body = parser.parse_file();
    let span = Span::new(base, base + source.len() as u32);
    let mut errors = lex_errors;
    errors.append(&mut parser.errors);
    errors.sort_by_key(|e| (e.span.start, e.span.end));
    Parsed { module: Module { body, span }, errors }
}

pub(crate) struct Parser<'src> {
    src: &'src str,
    /// Absolute offset of `src[0]`.
    base: u32,
    tokens: Vec<Token>,
    pos: usize,
    pub(crate) errors: Vec<SyntaxError>,
    depth: u32,
    /// Length of the left-leaning operator/trailer chains being built (see
    /// `MAX_TREE_DEPTH`).
    chain_depth: u32,
    /// `*x` expressions of the current statement not (yet) known to be
    /// assignment targets; see `report_pending_stars`.
    pending_stars: Vec<Span>,
    /// Of those, the ones found to be targets (a set: a statement may hold
    /// very many).
    forgotten_stars: std::collections::HashSet<Span>,
    /// Set while parsing a `case` pattern, where `p as name` is allowed.
    in_pattern: bool,
    /// Token index just past the last error recovery, so an indented block
    /// following a broken line is not reported again as "unexpected indent".
    recovered_at: Option<usize>,
}

impl<'src> Parser<'src> {
    pub(crate) fn new(src: &'src str, base: u32, tokens: Vec<Token>, depth: u32) -> Parser<'src> {
        Parser {
            src,
            base,
            tokens,
            pos: 0,
            errors: Vec::new(),
            depth,
            chain_depth: 0,
            pending_stars: Vec::new(),
            forgotten_stars: Default::default(),
            in_pattern: false,
            recovered_at: None,
        }
    }

    // ----- token access -----

    pub(crate) fn token(&self) -> Token {
        // The lexer always ends with EndOfFile and `bump` never moves past it.
        self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    pub(crate) fn peek(&self) -> TokenKind {
        self.token().kind
    }

    pub(crate) fn peek_nth(&self, n: usize) -> TokenKind {
        let i = (self.pos + n).min(self.tokens.len() - 1);
        self.tokens[i].kind
    }

    pub(crate) fn at(&self, kind: TokenKind) -> bool {
        self.peek() == kind
    }

    pub(crate) fn bump(&mut self) -> Token {
        let token = self.token();
        if token.kind != TokenKind::EndOfFile {
            self.pos += 1;
        }
        token
    }

    pub(crate) fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// End of the previous token other than NEWLINE/INDENT/DEDENT: where a
    /// node that just finished ends (a block ends at its last statement,
    /// not at the line break or dedent after it).
    pub(crate) fn prev_end(&self) -> u32 {
        let layout = |k: TokenKind| matches!(k, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent);
        match self.tokens[..self.pos].iter().rev().find(|t| !layout(t.kind)) {
            Some(token) => token.span.end,
            None => self.token().span.start,
        }
    }

    pub(crate) fn span_from(&self, start: u32) -> Span {
        Span::new(start, self.prev_end().max(start))
    }

    pub(crate) fn text(&self, span: Span) -> &'src str {
        let start = (span.start.saturating_sub(self.base)) as usize;
        let end = (span.end.saturating_sub(self.base)) as usize;
        self.src.get(start..end).unwrap_or("")
    }

    pub(crate) fn at_name(&self, name: &str) -> bool {
        self.at(TokenKind::Name) && self.text(self.token().span) == name
    }

    // ----- errors -----

    pub(crate) fn error(&mut self, span: Span, message: impl Into<String>) {
        self.error_kind(span, message, SyntaxErrorKind::Invalid);
    }

    pub(crate) fn error_kind(&mut self, span: Span, message: impl Into<String>, kind: SyntaxErrorKind) {
        self.errors.push(SyntaxError { span, message: message.into(), kind });
    }

    /// At a token the lexer already reported: an `Invalid` one, or a
    /// zero-width closing bracket it inserted for a bracket left open (or
    /// the end of the line right after one). Errors there are not repeated.
    pub(crate) fn at_lexer_error(&self) -> bool {
        let inserted_closer = |token: &Token| {
            token.span.is_empty() && matches!(token.kind, TokenKind::RParen | TokenKind::RBracket | TokenKind::RBrace)
        };
        let token = self.token();
        let line_end = matches!(token.kind, TokenKind::Newline | TokenKind::EndOfFile);
        token.kind == TokenKind::Invalid
            || inserted_closer(&token)
            || (line_end && self.pos > 0 && inserted_closer(&self.tokens[self.pos - 1]))
    }

    /// "invalid syntax" at the current token.
    pub(crate) fn unexpected<T>(&mut self) -> PResult<T> {
        if self.at_lexer_error() {
            return Err(Recovered);
        }
        let token = self.token();
        let message = match token.kind {
            TokenKind::Indent => "unexpected indent",
            TokenKind::EndOfFile => "unexpected end of input",
            _ => "invalid syntax",
        };
        let kind =
            if token.kind == TokenKind::Indent { SyntaxErrorKind::Indentation } else { SyntaxErrorKind::Invalid };
        self.error_kind(token.span, message, kind);
        Err(Recovered)
    }

    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        if self.at(kind) {
            return Ok(self.bump());
        }
        if !self.at_lexer_error() {
            let token = self.token();
            self.error(token.span, format!("expected {}", kind.describe()));
        }
        Err(Recovered)
    }

    pub(crate) fn expect_name(&mut self) -> PResult<crate::ast::Ident> {
        if self.at(TokenKind::Name) {
            let token = self.bump();
            return Ok(crate::ast::Ident { name: self.text(token.span).to_string(), span: token.span });
        }
        let token = self.token();
        if token.kind.is_keyword() {
            self.error(token.span, format!("invalid syntax: {} is a keyword", token.kind.describe()));
            return Err(Recovered);
        }
        self.unexpected()
    }

    // ----- recursion bound -----

    /// Runs `f` one nesting level deeper. Past `MAX_DEPTH` it records an
    /// error instead. The stack grows on the heap when it runs low, so the
    /// limit holds on small-stack threads and in debug builds alike.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_DEPTH {
            let span = self.token().span;
            let message = if matches!(self.peek(), TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace) {
                "too many nested parentheses"
            } else {
                "too deeply nested: expression or block exceeds the nesting limit"
            };
            self.error(span, message);
            return Err(Recovered);
        }
        self.depth += 1;
        let result = stacker::maybe_grow(STACK_RED_ZONE, STACK_GROWTH, || f(self));
        self.depth -= 1;
        result
    }

    /// One more link in a left-leaning chain; fails past `MAX_TREE_DEPTH`.
    /// The caller undoes its links with `end_chain`.
    pub(crate) fn extend_chain(&mut self, links: &mut u32) -> PResult<()> {
        if self.depth + self.chain_depth >= MAX_TREE_DEPTH {
            let span = self.token().span;
            self.error(span, "expression too long: too many chained operations");
            return Err(Recovered);
        }
        self.chain_depth += 1;
        *links += 1;
        Ok(())
    }

    pub(crate) fn end_chain(&mut self, links: u32) {
        self.chain_depth = self.chain_depth.saturating_sub(links);
    }

    pub(crate) fn error_expr(span: Span) -> Expr {
        Expr { kind: ExprKind::Error, span }
    }
}

pub(crate) fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}
