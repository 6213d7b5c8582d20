//! `is_complete_request`: should a console run this, or wait for more?
//!
//! Three questions, in order:
//! 1. Does the text stop inside something (an open bracket, a triple-quoted
//!    string, a line ending in `\`)? The lexer answers (`upy_syntax::stops`),
//!    because a parser sees these only as "unexpected end of input".
//! 2. Does the parser report errors? Errors at the very end of the input
//!    mean more is needed; anywhere else the code is invalid.
//! 3. Is the last line a block header, or inside a block that no blank line
//!    has closed yet? Then a console keeps reading, with a suggested indent.

use upy_vm::syntax::stops::stops;
use upy_vm::syntax::{parse, ParseOptions};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Complete,
    Incomplete { indent: String },
    Invalid,
}

const INDENT: &str = "    ";

pub fn check(code: &str) -> Verdict {
    let scanned = stops(code);
    // A short string cut off by the line's end can't be continued.
    if scanned.unbalanced || matches!(scanned.open_string, Some((_, false))) {
        return Verdict::Invalid;
    }
    if scanned.needs_more() {
        return Verdict::Incomplete { indent: String::new() };
    }
    let body_end = code.trim_end().len() as u32;
    let errors = parse(code, ParseOptions::default()).errors;
    if errors.iter().any(|e| e.span.start < body_end) {
        return Verdict::Invalid;
    }
    let Some(last_start) = scanned.last_statement else {
        return Verdict::Complete;
    };
    // The last statement may span lines (brackets); its first line sets the
    // indent, its last line says whether it opens a block.
    let statement = &code[last_start..];
    let indent: String = statement.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    let last_line = statement.trim_end().lines().last().unwrap_or("");
    if opens_block(last_line) {
        return Verdict::Incomplete { indent: indent + INDENT };
    }
    if !errors.is_empty() {
        return Verdict::Incomplete { indent };
    }
    let ends_with_blank_line = code.trim_end_matches([' ', '\t']).ends_with("\n\n");
    if !indent.is_empty() && !ends_with_blank_line {
        return Verdict::Incomplete { indent };
    }
    Verdict::Complete
}

/// Does the line end with `:` (a block header), comments aside? The
/// lexer says, so a `:` or `#` inside a string is not mistaken for one.
fn opens_block(line: &str) -> bool {
    use upy_vm::syntax::token::TokenKind;
    let (tokens, _) = upy_vm::syntax::tokenize(line, ParseOptions::default());
    tokens
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, TokenKind::Newline | TokenKind::EndOfFile | TokenKind::Comment | TokenKind::Dedent))
        .is_some_and(|t| t.kind == TokenKind::Colon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incomplete(indent: &str) -> Verdict {
        Verdict::Incomplete { indent: indent.to_string() }
    }

    #[test]
    fn complete_statements() {
        for code in
            ["1", "print('hello, world')", "x = [1,\n 2]", "s = '''a\nb'''", "def f(x):\n  return x*2\n\n\n", ""]
        {
            assert_eq!(check(code), Verdict::Complete, "{code:?}");
        }
    }

    #[test]
    fn open_brackets_strings_and_continuations_want_more() {
        for code in ["print('''hello", "x = [1,", "f(a,\n  b", "x = 1 + \\", "d = {'a': (1,"] {
            assert_eq!(check(code), incomplete(""), "{code:?}");
        }
    }

    #[test]
    fn block_headers_suggest_an_indent() {
        assert_eq!(check("for i in range(3):"), incomplete("    "));
        assert_eq!(check("if x:  # comment"), incomplete("    "));
        assert_eq!(check("def f():\n    if x:"), incomplete("        "));
        assert_eq!(check("def f(a,\n      b):"), incomplete("    "));
    }

    #[test]
    fn an_open_block_waits_for_a_blank_line() {
        assert_eq!(check("def f(x):\n  x*2"), incomplete("  "));
        assert_eq!(check("def f(x):\n  x*2\n\n"), Verdict::Complete);
        assert_eq!(check("def f(x):\n  y = [1,\n2]"), incomplete("  "));
    }

    #[test]
    fn mismatched_brackets_and_broken_strings_are_invalid() {
        for code in ["x = (1]", ")", "s = 'abc\nprint(s)", "'unterminated"] {
            assert_eq!(check(code), Verdict::Invalid, "{code:?}");
        }
    }

    #[test]
    fn colons_and_hashes_inside_strings_do_not_count() {
        assert_eq!(check("s = 'a:'"), Verdict::Complete);
        assert_eq!(check("s = '#(' "), Verdict::Complete);
        assert_eq!(check("x = \"it's\""), Verdict::Complete);
    }
}
