//! Random input never panics: arbitrary text, token soups and mutated real
//! programs. Every case also checks that all spans lie inside the source.
//!
//! Each of the four properties runs `UPY_FUZZ_CASES` inputs (default
//! 2500, so 10,000 in all); `UPY_FUZZ_CASES=250000 cargo test --release -p
//! upy-syntax --test fuzz` runs a million.

mod common;
use common::all_spans;
use proptest::prelude::*;
use upy_syntax::{parse, tokenize, ParseOptions};

const CORPUS: &[&str] = &[
    include_str!("corpus/blink.py"),
    include_str!("corpus/sensors.py"),
    include_str!("corpus/tasks.py"),
    include_str!("corpus/collections_demo.py"),
    include_str!("corpus/text_formatting.py"),
    include_str!("corpus/functional.py"),
    include_str!("corpus/shapes.py"),
    include_str!("corpus/errors_and_files.py"),
    include_str!("corpus/numbers_and_bits.py"),
    include_str!("fixtures/fstrings.py"),
    include_str!("fixtures/unsupported.py"),
];

const FRAGMENTS: &[&str] = &[
    "def ",
    "class ",
    "if ",
    "elif ",
    "else",
    "for ",
    "while ",
    "try",
    "except ",
    "finally",
    "with ",
    "as ",
    "async ",
    "await ",
    "lambda ",
    "yield ",
    "from ",
    "import ",
    "return ",
    "match ",
    "case ",
    "not ",
    "and ",
    "or ",
    "in ",
    "is ",
    "global ",
    "nonlocal ",
    "del ",
    "pass",
    "raise ",
    "x",
    "y",
    "_",
    "f",
    "1",
    "0x1F",
    "1.5e3",
    "3j",
    "'s'",
    "\"d\"",
    "'''t'''",
    "f'{x}'",
    "f'{x:{y}}'",
    "b'\\x00'",
    "r'\\d'",
    "'",
    "\"",
    "f'{",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "=",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "==",
    "!=",
    "+=",
    "**=",
    "\n",
    "\n    ",
    "\n        ",
    "\n  ",
    "\\\n",
    "#c\n",
    " ",
    "\t",
    "\0",
    "é",
];

fn check(source: &str) {
    let parsed = parse(source, ParseOptions::default());
    let len = source.len() as u32;
    for (start, end) in all_spans(&parsed) {
        assert!(start <= end && end <= len, "span {start}..{end} outside {len}");
    }
    for error in &parsed.errors {
        assert!(error.span.start <= error.span.end && error.span.end <= len, "{error:?}");
        assert!(source.is_char_boundary(error.span.start as usize));
    }
    let (tokens, _) = tokenize(source, ParseOptions { byte_offset: 7 });
    assert!(tokens.iter().all(|t| t.span.start <= t.span.end && t.span.end <= len + 7));
}

fn cases() -> u32 {
    std::env::var("UPY_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2500)
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn mutate(source: &str, mutations: &[Mutation]) -> String {
    let mut text = source.to_string();
    let boundary = |text: &str, at: usize| {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    for m in mutations {
        match *m {
            Mutation::Delete(at, len) => {
                let a = boundary(&text, at);
                let b = boundary(&text, a + len % 16);
                text.replace_range(a..b.max(a), "");
            }
            Mutation::Insert(at, fragment) => {
                let a = boundary(&text, at);
                text.insert_str(a, FRAGMENTS[fragment % FRAGMENTS.len()]);
            }
            Mutation::Duplicate(at, len) => {
                let a = boundary(&text, at);
                let b = boundary(&text, a + len % 64).max(a);
                let piece = text[a..b].to_string();
                text.insert_str(b, &piece);
            }
            Mutation::Truncate(at) => {
                let a = boundary(&text, at);
                text.truncate(a);
            }
        }
    }
    text
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text(source in any::<String>()) {
        check(&source);
    }

    #[test]
    fn ascii_noise(source in "[ -~\n\t]{0,400}") {
        check(&source);
    }

    #[test]
    fn token_soup(pieces in proptest::collection::vec(0..FRAGMENTS.len(), 0..120)) {
        let source: String = pieces.into_iter().map(|i| FRAGMENTS[i]).collect();
        check(&source);
    }

    #[test]
    fn mutated_programs(file in 0..CORPUS.len(), mutations in proptest::collection::vec(mutation(), 1..8)) {
        check(&mutate(CORPUS[file], &mutations));
    }
}

/// Found by `mutated_programs`: a multi-byte character after `!` in a
/// field once put an error span inside the character.
#[test]
fn multibyte_conversion_character() {
    check("f'{z!\u{e9}a}'\n");
    check("f'{z!\u{e9}'");
}
