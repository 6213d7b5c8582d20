//! Tokens: what the lexer hands the parser, and what the language server
//! colours. A token is a kind plus a span; its text is the source slice the
//! span covers, so tokens stay small and `Copy`.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    // Layout.
    Newline,
    Indent,
    Dedent,
    EndOfFile,
    /// `# ...` (only in `tokenize`'s output; the parser never sees comments).
    Comment,

    // Atoms. Soft keywords (`match`, `case`, `_`) are plain names.
    Name,
    /// Any numeric literal: `12`, `0x_ff`, `1.5e3`, `2j`.
    Number,
    /// A str literal with any of the prefixes `r`, `u` (or none).
    Str,
    /// A bytes literal (`b`, `rb`, `br` prefixes).
    Bytes,
    /// An f-string literal (`f`, `rf`, `fr` prefixes); the parser turns it
    /// into a `str.format` call, as MicroPython's lexer does.
    FString,
    /// A t-string (`t`, `rt`, `tr` prefixes): a `string.templatelib.Template`.
    TString,
    /// A string literal with no closing quote; the lexer already reported it.
    UnterminatedString,
    /// Text that is no token at all (a stray `$`, an unmatched `)`, a
    /// backslash not at the end of a line); the lexer already reported it.
    Invalid,

    // Keywords (`None`, `True`, `False` prefixed to keep them apart from
    // `Option::None` and `bool`).
    KwFalse,
    KwNone,
    KwTrue,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Brackets.
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,

    // Punctuation.
    Comma,
    Colon,
    Semicolon,
    Dot,
    Ellipsis,
    Arrow,
    At,
    Equal,
    ColonEqual,

    // Operators.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,

    // Augmented assignment.
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
}

/// How an editor should colour a token (the language server maps these to
/// LSP semantic token types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenCategory {
    Keyword,
    Name,
    String,
    Number,
    Operator,
    Punctuation,
    Comment,
    /// Newline, indent, dedent, end of file: nothing to colour.
    Layout,
    /// Not a token (already reported as an error).
    Invalid,
}

impl TokenKind {
    pub fn keyword(word: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match word {
            "False" => KwFalse,
            "None" => KwNone,
            "True" => KwTrue,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    pub fn is_keyword(self) -> bool {
        self.category() == TokenCategory::Keyword
    }

    pub fn category(self) -> TokenCategory {
        use TokenKind::*;
        match self {
            Newline | Indent | Dedent | EndOfFile => TokenCategory::Layout,
            Comment => TokenCategory::Comment,
            Invalid => TokenCategory::Invalid,
            Name => TokenCategory::Name,
            Number => TokenCategory::Number,
            Str | Bytes | FString | TString | UnterminatedString => TokenCategory::String,
            KwFalse | KwNone | KwTrue | And | As | Assert | Async | Await | Break | Class | Continue | Def | Del
            | Elif | Else | Except | Finally | For | From | Global | If | Import | In | Is | Lambda | Nonlocal
            | Not | Or | Pass | Raise | Return | Try | While | With | Yield => TokenCategory::Keyword,
            LParen | RParen | LBracket | RBracket | LBrace | RBrace | Comma | Colon | Semicolon | Dot | Ellipsis
            | Arrow => TokenCategory::Punctuation,
            _ => TokenCategory::Operator,
        }
    }

    /// How the token reads in an error message ("expected ':'").
    pub fn describe(self) -> &'static str {
        use TokenKind::*;
        match self {
            Newline => "newline",
            Indent => "indent",
            Dedent => "dedent",
            EndOfFile => "end of file",
            Comment => "comment",
            Invalid => "invalid token",
            Name => "name",
            Number => "number",
            Str | Bytes | FString | TString | UnterminatedString => "string",
            KwFalse => "'False'",
            KwNone => "'None'",
            KwTrue => "'True'",
            And => "'and'",
            As => "'as'",
            Assert => "'assert'",
            Async => "'async'",
            Await => "'await'",
            Break => "'break'",
            Class => "'class'",
            Continue => "'continue'",
            Def => "'def'",
            Del => "'del'",
            Elif => "'elif'",
            Else => "'else'",
            Except => "'except'",
            Finally => "'finally'",
            For => "'for'",
            From => "'from'",
            Global => "'global'",
            If => "'if'",
            Import => "'import'",
            In => "'in'",
            Is => "'is'",
            Lambda => "'lambda'",
            Nonlocal => "'nonlocal'",
            Not => "'not'",
            Or => "'or'",
            Pass => "'pass'",
            Raise => "'raise'",
            Return => "'return'",
            Try => "'try'",
            While => "'while'",
            With => "'with'",
            Yield => "'yield'",
            LParen => "'('",
            RParen => "')'",
            LBracket => "'['",
            RBracket => "']'",
            LBrace => "'{'",
            RBrace => "'}'",
            Comma => "','",
            Colon => "':'",
            Semicolon => "';'",
            Dot => "'.'",
            Ellipsis => "'...'",
            Arrow => "'->'",
            At => "'@'",
            Equal => "'='",
            ColonEqual => "':='",
            Plus => "'+'",
            Minus => "'-'",
            Star => "'*'",
            DoubleStar => "'**'",
            Slash => "'/'",
            DoubleSlash => "'//'",
            Percent => "'%'",
            LeftShift => "'<<'",
            RightShift => "'>>'",
            Amper => "'&'",
            VBar => "'|'",
            Circumflex => "'^'",
            Tilde => "'~'",
            Less => "'<'",
            Greater => "'>'",
            LessEqual => "'<='",
            GreaterEqual => "'>='",
            EqEqual => "'=='",
            NotEqual => "'!='",
            PlusEqual => "'+='",
            MinusEqual => "'-='",
            StarEqual => "'*='",
            DoubleStarEqual => "'**='",
            SlashEqual => "'/='",
            DoubleSlashEqual => "'//='",
            PercentEqual => "'%='",
            AtEqual => "'@='",
            AmperEqual => "'&='",
            VBarEqual => "'|='",
            CircumflexEqual => "'^='",
            LeftShiftEqual => "'<<='",
            RightShiftEqual => "'>>='",
        }
    }
}
