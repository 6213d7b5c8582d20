//! When the friendly REPL shows `... ` and reads another line, following
//! MicroPython's `mp_repl_continue_with_input`: open brackets or triple
//! quotes, a trailing backslash, or a compound statement not yet ended by an
//! empty line.

const COMPOUND_KEYWORDS: &[&str] = &["if", "while", "for", "try", "with", "def", "class", "async"];

/// `input` is the text so far, lines joined with `\n`.
pub fn needs_more(input: &str) -> bool {
    if input.is_empty() {
        return false;
    }
    let first_word: String = input.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    let compound = input.starts_with('@') || COMPOUND_KEYWORDS.contains(&first_word.as_str());

    // Open brackets, an open triple-quoted string, a trailing backslash:
    // the lexer's answer (`upy_syntax::stops`), as the kernel's.
    if upy_vm::syntax::stops::stops(input).needs_more() {
        return true;
    }
    compound && !input.ends_with('\n')
}

#[cfg(test)]
mod tests {
    use super::needs_more;

    #[test]
    fn continuation_rules() {
        assert!(!needs_more("print(1)"));
        assert!(needs_more("print(1,"));
        assert!(needs_more("for i in range(3):"));
        assert!(needs_more("for i in range(3):\n    print(i)"));
        assert!(!needs_more("for i in range(3):\n    print(i)\n"));
        assert!(needs_more("s = '''abc"));
        assert!(!needs_more("s = ')'  # (("));
        assert!(needs_more("x = 1 + \\"));
        assert!(needs_more("@decorator"));
        assert!(!needs_more("iffy = 3"));
    }
}
