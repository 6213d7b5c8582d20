//! `tokenize`, for the language server's syntax colouring.

use upy_syntax::token::{TokenCategory, TokenKind};
use upy_syntax::{tokenize, ParseOptions};

#[test]
fn tokens_carry_comments_and_categories() {
    let source = "def f(x):  # note\n    return x + 1.5 if x else 'no'\n";
    let (tokens, errors) = tokenize(source, ParseOptions::default());
    assert!(errors.is_empty());
    let shown: Vec<(TokenCategory, &str)> = tokens
        .iter()
        .filter(|t| t.kind.category() != TokenCategory::Layout)
        .map(|t| (t.kind.category(), &source[t.span.start as usize..t.span.end as usize]))
        .collect();
    use TokenCategory::*;
    assert_eq!(
        shown,
        vec![
            (Keyword, "def"),
            (Name, "f"),
            (Punctuation, "("),
            (Name, "x"),
            (Punctuation, ")"),
            (Punctuation, ":"),
            (Comment, "# note"),
            (Keyword, "return"),
            (Name, "x"),
            (Operator, "+"),
            (Number, "1.5"),
            (Keyword, "if"),
            (Name, "x"),
            (Keyword, "else"),
            (String, "'no'"),
        ]
    );
}

#[test]
fn tokens_are_shifted_by_byte_offset() {
    let (tokens, _) = tokenize("a = 1", ParseOptions { byte_offset: 10 });
    assert_eq!(tokens[0].kind, TokenKind::Name);
    assert_eq!((tokens[0].span.start, tokens[0].span.end), (10, 11));
}

#[test]
fn layout_tokens() {
    let (tokens, _) = tokenize("if x:\n    y\n", ParseOptions::default());
    let kinds: Vec<TokenKind> = tokens.iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(kinds, vec![If, Name, Colon, Newline, Indent, Name, Newline, Dedent, EndOfFile]);
}

#[test]
fn lexer_errors_are_reported_by_tokenize() {
    let (tokens, errors) = tokenize("x = 'abc\ny = $\n", ParseOptions::default());
    assert_eq!(errors.len(), 2);
    assert!(tokens.iter().any(|t| t.kind == TokenKind::UnterminatedString));
    assert!(tokens.iter().any(|t| t.kind == TokenKind::Invalid));
}
