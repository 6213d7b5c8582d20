//! `is_complete_request`: should a console run this, or wait for more?
//!
//! Three questions, in order:
//! 1. Does the text stop inside something (an open bracket, a triple-quoted
//!    string, a line ending in `\`)? A small scan answers, because a parser
//!    sees these only as "unexpected end of input".
//! 2. Does the parser report errors? Errors at the very end of the input
//!    mean more is needed; anywhere else the code is invalid.
//! 3. Is the last line a block header, or inside a block that no blank line
//!    has closed yet? Then a console keeps reading, with a suggested indent.

use upy_vm::syntax::{parse, ParseOptions};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Complete,
    Incomplete { indent: String },
    Invalid,
}

const INDENT: &str = "    ";

pub fn check(code: &str) -> Verdict {
    let scanned = scan(code);
    match scanned.state {
        State::Unbalanced => return Verdict::Invalid,
        State::Open => return Verdict::Incomplete { indent: String::new() },
        State::Closed => {}
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
    if strip_comment(last_line).trim_end().ends_with(':') {
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

/// The line without a trailing `# comment` (a `#` inside a string stays).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

#[derive(Debug, PartialEq, Eq)]
enum State {
    Closed,
    Open,
    Unbalanced,
}

struct Scanned {
    state: State,
    /// Byte offset of the line where the last statement starts.
    last_statement: Option<usize>,
}

/// Brackets, strings and line continuations, tracked through the text;
/// also where the last statement begins.
fn scan(code: &str) -> Scanned {
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut brackets: Vec<char> = Vec::new();
    let mut continued = false;
    // Start of the current physical line if it starts a statement.
    let mut line_start: Option<usize> = Some(0);
    let mut last_statement = None;
    let mut i = 0;
    let done = |state, last_statement| Scanned { state, last_statement };
    while i < chars.len() {
        let (offset, c) = chars[i];
        if !c.is_whitespace() && c != '#' {
            if let Some(start) = line_start.take() {
                last_statement = Some(start);
            }
        }
        match c {
            '#' => {
                while i < chars.len() && chars[i].1 != '\n' {
                    i += 1;
                }
                continue;
            }
            '\n' => {
                continued = false;
                if brackets.is_empty() {
                    line_start = Some(offset + 1);
                }
            }
            '\\' if at(i + 1) == Some('\n') || i + 1 == chars.len() => {
                continued = true;
                i += 2;
                continue;
            }
            '(' | '[' | '{' => brackets.push(c),
            ')' | ']' | '}' => {
                let opener = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if brackets.pop() != Some(opener) {
                    return done(State::Unbalanced, last_statement);
                }
            }
            '\'' | '"' => {
                let triple = at(i + 1) == Some(c) && at(i + 2) == Some(c);
                match skip_string(&chars, i, c, triple) {
                    StringEnd::At(next) => {
                        i = next;
                        continue;
                    }
                    StringEnd::OpenTriple => return done(State::Open, last_statement),
                    StringEnd::Unterminated => return done(State::Unbalanced, last_statement),
                }
            }
            _ => {}
        }
        i += 1;
    }
    let state = if !brackets.is_empty() || continued { State::Open } else { State::Closed };
    done(state, last_statement)
}

enum StringEnd {
    At(usize),
    OpenTriple,
    Unterminated,
}

fn skip_string(chars: &[(usize, char)], start: usize, quote: char, triple: bool) -> StringEnd {
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut i = start + if triple { 3 } else { 1 };
    while i < chars.len() {
        match chars[i].1 {
            '\\' => i += 2,
            '\n' if !triple => return StringEnd::Unterminated,
            c if c == quote => {
                if !triple {
                    return StringEnd::At(i + 1);
                }
                if at(i + 1) == Some(quote) && at(i + 2) == Some(quote) {
                    return StringEnd::At(i + 3);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    if triple {
        StringEnd::OpenTriple
    } else {
        StringEnd::Unterminated
    }
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
