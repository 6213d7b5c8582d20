//! CPython as the oracle for "is this valid syntax?": on thousands of
//! mutated programs, upy-syntax reports an error exactly when CPython's
//! compiler does (errors CPython finds only in its later, semantic passes —
//! `return` outside a function and the like — are the compiler's job here
//! and count as valid; so do constructs this parser flags as unsupported by
//! MicroPython). For programs both reject, the first error should mostly
//! be on the line CPython reports. Skipped with a note when `python3` is not
//! installed.
//! `UPY_AGREEMENT_CASES` and `UPY_AGREEMENT_SEED` run a longer campaign.

use std::io::Write;
use std::process::{Command, Stdio};
use upy_syntax::{parse, ParseOptions, SyntaxErrorKind};

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
    include_str!("fixtures/assignments.py"),
    include_str!("fixtures/operators.py"),
    include_str!("fixtures/literals.py"),
    include_str!("fixtures/fstrings.py"),
    include_str!("fixtures/collections.py"),
    include_str!("fixtures/functions.py"),
    include_str!("fixtures/control_flow.py"),
    include_str!("fixtures/imports.py"),
    include_str!("fixtures/classes.py"),
    include_str!("fixtures/soft_keywords.py"),
    include_str!("fixtures/unsupported.py"),
];

/// Inserted at random places to break (or not) a program.
const FRAGMENTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ",", ":", "=", ":=", "*", "**", ".", "+", "not ", "in ", "if ", "else ", "lambda ",
    "yield ", "1", "x", "'s'", "f'{x}'", "\n", "\n    ", ";", "@", "->", "...", "del ", "return ", "async ", "await ",
    "for ", "as ", "pass", "import ", "from ", "is ",
];

/// CPython's verdict per snippet: `None` if it compiles, else its message.
/// The judge runs the full compiler so that errors CPython reports late
/// (duplicate arguments, starred targets) are included; the caller filters
/// the purely semantic ones.
const JUDGE: &str = r#"
import sys, warnings
warnings.simplefilter("ignore")
data = sys.stdin.buffer.read().decode("utf-8")
for snippet in data.split("\0"):
    try:
        compile(snippet, "<s>", "exec", dont_inherit=True)
        print("ok")
    except TabError:
        print("skip")
    except SyntaxError as e:
        print("err:%s: %s" % (e.lineno, str(e.msg).replace("\n", " ")))
    except (ValueError, MemoryError, RecursionError):
        print("skip")
"#;

/// CPython errors from its symbol table and code generator, not its parser.
const SEMANTIC: &[&str] = &[
    "outside function",
    "outside loop",
    "not properly in loop",
    "outside async function",
    "outside of an asynchronous function",
    "nonlocal declaration not allowed at module level",
    "no binding for nonlocal",
    "is parameter and",
    "is used prior to",
    "is assigned to before",
    "too many statically nested blocks",
    "cannot be used in a comprehension iterable",
    "cannot rebind comprehension iteration variable",
    "comprehension inner loop cannot rebind",
    "assignment expression within a comprehension cannot be used in a class body",
    "inside async function",
    "in async generator",
    "'yield' inside",
    "__debug__",
    "annotated name",
];

/// Small deterministic generator, so failures reproduce.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn mutations(count: usize, seed: u64) -> Vec<String> {
    let mut rng = Lcg(seed);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let source = CORPUS[rng.next(CORPUS.len())];
        let mut text = source.to_string();
        for _ in 0..1 + rng.next(3) {
            mutate(&mut text, &mut rng);
        }
        out.push(text);
    }
    out
}

fn mutate(text: &mut String, rng: &mut Lcg) {
    {
        let mut at = rng.next(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match rng.next(4) {
            3 => {
                // Re-indent a copy of some line elsewhere (layout errors).
                let lines: Vec<&str> = text.lines().collect();
                let copy = lines[rng.next(lines.len())].trim_start();
                let indent = " ".repeat([0, 2, 4, 8][rng.next(4)]);
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                text.insert_str(line_start, &format!("{indent}{copy}\n"));
            }
            0 => text.insert_str(at, FRAGMENTS[rng.next(FRAGMENTS.len())]),
            1 => {
                let mut end = (at + 1 + rng.next(6)).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, "");
            }
            _ => {
                // Swap two neighbouring words.
                let rest = &text[at..];
                let words: Vec<&str> = rest.splitn(3, ' ').collect();
                if words.len() == 3 {
                    let swapped = format!("{} {} {}", words[1], words[0], words[2]);
                    text.replace_range(at.., &swapped);
                }
            }
        }
    }
}

fn cpython_verdicts(snippets: &[String]) -> Option<Vec<String>> {
    let mut child =
        Command::new("python3").arg("-c").arg(JUDGE).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().ok()?;
    let input = snippets.join("\0");
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

#[test]
fn agrees_with_cpython_on_mutated_programs() {
    let env = |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let snippets = mutations(env("UPY_AGREEMENT_CASES", 3000) as usize, env("UPY_AGREEMENT_SEED", 0x5eed));
    let Some(verdicts) = cpython_verdicts(&snippets) else {
        eprintln!("python3 not available: skipping the CPython agreement test");
        return;
    };
    assert_eq!(verdicts.len(), snippets.len(), "judge output out of step");
    let mut disagreements = Vec::new();
    let mut compared = 0;
    let (mut both_invalid, mut same_line) = (0, 0);
    for (snippet, verdict) in snippets.iter().zip(&verdicts) {
        if verdict == "skip" {
            continue;
        }
        let semantic = SEMANTIC.iter().any(|s| verdict.contains(s));
        let cpython_valid = verdict == "ok" || semantic;
        let parsed = parse(snippet, ParseOptions::default());
        let ours: Vec<&str> = parsed
            .errors
            .iter()
            .filter(|e| e.kind != SyntaxErrorKind::Unsupported)
            .map(|e| e.message.as_str())
            .collect();
        // `match` and `\N{...}` are flagged as unsupported and not checked
        // further (a bad pattern or character name is not reported).
        let unsupported = |what: &str| {
            parsed.errors.iter().any(|e| e.kind == SyntaxErrorKind::Unsupported && e.message.contains(what))
        };
        if unsupported("match statement") || unsupported("unicode name escapes") {
            continue;
        }
        // Known, intended divergence: CPython 3.11 still accepts a number
        // run into a keyword (`1if x else y`, `0for`); MicroPython does not.
        if cpython_valid && ours.iter().any(|m| m.starts_with("invalid ") && m.ends_with(" literal")) {
            continue;
        }
        // MicroPython compiles an f-string to a `str.format` call, so a
        // stray `}` or a deep spec is found when it runs, not here.
        if !cpython_valid && ours.is_empty() && verdict.contains("f-string") {
            continue;
        }
        // Likewise MicroPython ignores misplaced underscores in numbers
        // (`1__0`, `1_`), which CPython rejects.
        if !cpython_valid && ours.is_empty() && verdict.ends_with(" literal") {
            continue;
        }
        // CPython stops at its first error: after a semantic one it never
        // looked for syntax errors further on, so an error found here
        // cannot be judged.
        if semantic && !ours.is_empty() {
            continue;
        }
        compared += 1;
        if !cpython_valid && !ours.is_empty() {
            both_invalid += 1;
            let first = parsed.errors.iter().find(|e| e.kind != SyntaxErrorKind::Unsupported);
            let our_line = first.map_or(0, |e| snippet[..e.span.start as usize].matches('\n').count() + 1);
            let their_line: usize = verdict.split(':').nth(1).and_then(|n| n.trim().parse().ok()).unwrap_or(0);
            if our_line == their_line {
                same_line += 1;
            } else if std::env::var("UPY_AGREEMENT_SHOW_LINES").is_ok() {
                eprintln!("line {our_line} vs CPython {their_line}: {verdict} / {:?}", first.map(|e| &e.message));
            }
        }
        if cpython_valid != ours.is_empty() {
            let line = match parsed.errors.first() {
                Some(e) => snippet[..e.span.start as usize].lines().count().max(1),
                None => verdict.split(':').nth(1).and_then(|n| n.trim().parse().ok()).unwrap_or(1),
            };
            let context: Vec<&str> = snippet.lines().skip(line.saturating_sub(2)).take(3).collect();
            disagreements
                .push(format!("cpython: {verdict}\nupy: {ours:?}\nnear line {line}:\n{}\n===", context.join("\n")));
        }
    }
    eprintln!("compared {compared} programs with CPython; {} disagreements", disagreements.len());
    eprintln!("of {both_invalid} invalid programs, the first error is on CPython's line in {same_line}");
    // Programs here carry up to three edits, and CPython sometimes reports
    // a later one first (its tokenizer errors win), so this is a rate.
    assert!(same_line * 10 >= both_invalid * 9, "first error on CPython's line in only {same_line} of {both_invalid}");
    assert!(
        disagreements.is_empty(),
        "{} disagreements, first ones:\n{}",
        disagreements.len(),
        disagreements.iter().take(5).cloned().collect::<Vec<_>>().join("\n")
    );
}
