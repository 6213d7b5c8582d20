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

    let bytes = input.as_bytes();
    let mut depth: i32 = 0;
    let mut quote: Option<&[u8]> = None;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if bytes[i..].starts_with(q) {
                    i += q.len();
                    quote = None;
                    continue;
                }
                if c == b'\n' && q.len() == 1 {
                    quote = None; // an unterminated short string ends with its line
                }
            }
            None => match c {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\'' | b'"' => {
                    let triple: &[u8] = if c == b'"' { b"\"\"\"" } else { b"'''" };
                    if bytes[i..].starts_with(triple) {
                        quote = Some(triple);
                        i += 3;
                        continue;
                    }
                    quote = Some(if c == b'"' { b"\"" } else { b"'" });
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            },
        }
        i += 1;
    }
    if matches!(quote, Some(q) if q.len() == 3) || depth > 0 || input.ends_with('\\') {
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
