//! Analyses derived across an edit (`analysis::incremental`: carried over,
//! one function body re-checked, or re-parsed) must equal a fresh analysis
//! of the new text: random edits on a generated program, each step chained
//! on the previous result, diagnostics, outline and (often) tree compared
//! every time, and completion near the edit compared with the whole
//! program's. `UPY_INCREMENTAL_CASES=n` runs more edits,
//! `UPY_INCREMENTAL_SEED=n` other ones.

mod rng;

use rng::Rng;
use std::sync::Arc;
use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::incremental::{carry_over, recheck, reparse, Outline};
use upy_lsp::analysis::stubs::StubSet;
use upy_lsp::analysis::{completion, signature_help, Analysis, Program};

/// A program with diagnostics of every kind the checks give, several of
/// which carry fixes built from source text (so a wrong carry-over shows).
fn esp32() -> Board {
    Board::parse("esp32").expect("the board table has esp32")
}

fn program(blocks: usize) -> String {
    let mut out = String::from("import time\nimport machine\nimport typing\nfrom machine import Pin\n\nLIMIT = 100\n");
    for i in 0..blocks {
        out.push_str(&format!(
            "

class Blinker{i}:
    \"\"\"Blinks.\"\"\"

    def __init__(self, pin_no, period_ms=250):
        self.led = Pin(pin_no, Pin.OUT, pull=1, foo=3)
        self.period_ms = period_ms

    def run(self, times):
        start = time.ticks_ms()
        for n in range(times):
            self.led.value(not self.led.value())
        unused = 3
        return time.ticks_ms() - start


def describe{i}(name, readings):
    best = max(readings) if readings else missing_name
    text = \"{{}}\".format(name).ljust(4)
    return text, [r * r for r in (readings,
                                   best)], machine.Pinn
"
        ));
    }
    out.push_str("\nb = Blinker0(2)\nprint(b.run(3))\n");
    out
}

const TRIVIA: &[&str] = &[" ", "  ", "\t", "\n", "\n\n", "# note", "  # note\n", "#", "\r\n", "    \n"];
const CODE: &[&str] = &[
    "x",
    "(",
    ")",
    ":",
    "'",
    "\"\"\"",
    "import os\n",
    "def f():\n",
    "pass\n",
    "    ",
    "b.",
    ",",
    "\\",
    "else:\n    pass\n",
    "elif x:\n",
    "except E:\n    pass\n",
    "finally:\n",
    "@dec\n",
    "try:\n    pass\n",
    "if x:\n    y = 1\n",
    "match x:\n",
];

/// Code typed inside a method's body (at the start of a line indented
/// eight spaces), most of which leaves the rest of the program alone.
const BODY: &[&str] = &[
    "1",
    "x = 1\n        ",
    "x = time.ticks_ms() - 1\n        ",
    "self.led.vaule(1)\n        ",
    "self.extra = 2\n        ",
    "print(LIMIT)\n        ",
    "typing.List\n        ",
    "global LIMIT\n        ",
    "Pin(99)\n        ",
    "nope()\n        ",
    "lambda q: q + z\n        ",
];

/// Code typed at the start of a module-level line.
const MODULE: &[&str] = &[
    "1",
    "LIMIT = 5\n",
    "print(LIMIT)\n",
    "x = LIMIT + 1\n",
    "while LIMIT:\n    LIMIT -= 1\n",
    "y = [i for i in range(LIMIT) if (z := i)]\n",
    "b = Blinker0(3)\n",
    "machine.Pin(99)\n",
    "nope()\n",
    "time.ticks_ms() - 1\n",
];

fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A random edit, biased towards the places a carry-over is tried: line
/// ends, line starts, blank lines, comments.
fn random_edit(rng: &mut Rng, text: &str) -> (usize, usize, String) {
    let line_ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let body_lines: Vec<usize> = text.match_indices("\n        ").map(|(i, _)| i + 9).collect();
    let module_lines: Vec<usize> = text
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .filter(|&i| text[i..].starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect();
    if !module_lines.is_empty() && rng.below(6) == 0 {
        let at = module_lines[rng.below(module_lines.len())];
        let at = if rng.below(2) == 0 { text[at..].find('\n').map_or(at, |n| at + n) } else { at };
        let end = if rng.below(4) == 0 { char_boundary(text, at + rng.below(4)) } else { at };
        return (at, end, MODULE[rng.below(MODULE.len())].to_string());
    }
    if !body_lines.is_empty() && rng.below(4) == 0 {
        let at = body_lines[rng.below(body_lines.len())];
        let end = if rng.below(4) == 0 { char_boundary(text, at + rng.below(4)) } else { at };
        return (at, end, BODY[rng.below(BODY.len())].to_string());
    }
    let at = match rng.below(3) {
        0 if !line_ends.is_empty() => line_ends[rng.below(line_ends.len())],
        1 if !line_ends.is_empty() => line_ends[rng.below(line_ends.len())] + 1,
        _ => char_boundary(text, rng.below(text.len() + 1)),
    };
    let end = if rng.below(3) == 0 { char_boundary(text, at + rng.below(8)) } else { at };
    let pieces = if rng.below(4) == 0 { CODE } else { TRIVIA };
    let insert: String = (0..rng.below(3)).map(|_| pieces[rng.below(pieces.len())]).collect();
    (at, end, insert)
}

fn fresh(text: &str, stubs: &Arc<StubSet>) -> Analysis {
    Analysis::new(Program::from_parts(&[text]), esp32(), stubs.clone())
}

/// Completion and signature help near the edit, from the quick model of
/// the module level and the re-parsed statements, equal the whole
/// program's.
fn assert_near_equal(a: &Arc<Analysis>, expected: &Analysis, rng: &mut Rng, what: &str) -> usize {
    let Some(span) = a.patch_span() else { return 0 };
    let mut quick = 0;
    for _ in 0..3 {
        let offset = span.start as usize + rng.below((span.end - span.start) as usize + 1);
        let near = a.near(offset);
        quick += usize::from(!Arc::ptr_eq(&near, a));
        let (got, want) = (completion::complete(&near, offset), completion::complete(expected, offset));
        if got.items != want.items {
            std::fs::write("/tmp/fail.py", expected.text()).unwrap();
            for (name, m) in [("near", near.model()), ("fresh", expected.model())] {
                let kids: Vec<_> = m.scopes[0]
                    .children
                    .iter()
                    .map(|c| (m.scopes[*c].kind, m.scopes[*c].span, m.scopes[*c].children.len()))
                    .collect();
                eprintln!("{name}: {kids:?}");
            }
            let g: Vec<_> = got.items.iter().filter(|i| i.rank < 3).map(|i| (&i.label, i.rank)).collect();
            let w: Vec<_> = want.items.iter().filter(|i| i.rank < 3).map(|i| (&i.label, i.rank)).collect();
            eprintln!("GOT {g:?}\nWANT {w:?}");
        }
        assert_eq!(got.items, want.items, "{what}: completion at {offset}");
        let (got, want) =
            (signature_help::signature_help(&near, offset), signature_help::signature_help(expected, offset));
        assert_eq!(got.map(|h| h.signatures.len()), want.map(|h| h.signatures.len()), "{what}: signatures at {offset}");
    }
    quick
}

/// How many edits took each incremental route: carried over, re-checked
/// one function body, re-parsed.
fn run(seed: u64, edits: usize, blocks: usize) -> (usize, usize, usize) {
    let stubs = StubSet::for_board(esp32());
    let mut rng = Rng(seed);
    let mut text = program(blocks);
    // As in the server: the newest analysis without syntax errors.
    let mut prev = Arc::new(fresh(&text, &stubs));
    let (mut carried_count, mut rechecked_count, mut reparsed_count) = (0, 0, 0);
    let mut near_count = 0;
    for step in 0..edits {
        let (start, end, insert) = random_edit(&mut rng, &text);
        text.replace_range(start..end, &insert);
        let expected = fresh(&text, &stubs);
        let what = format!("seed {seed:#x} step {step}: edit {start}..{end} → {insert:?}");
        let new_program = Program::from_parts(&[text.as_str()]);
        let next = match carry_over(&prev, new_program, esp32(), stubs.clone()) {
            Ok(carried) => {
                carried_count += 1;
                assert_eq!(carried.diagnostics(), expected.diagnostics(), "{what}: carried wrong diagnostics");
                assert_eq!(carried.outline(), &Outline::of(&expected), "{what}: outline");
                // The tree is derived when asked: sometimes ask, so that
                // both replaying one edit and a chain of them are checked.
                if rng.below(3) == 0 {
                    assert!(carried.module() == expected.module(), "{what}: carried tree differs");
                }
                carried
            }
            Err(new_program) => match recheck(&prev, new_program, esp32(), stubs.clone()) {
                Ok(rechecked) => {
                    let rechecked = Arc::new(rechecked);
                    near_count += assert_near_equal(&rechecked, &expected, &mut rng, &what);
                    rechecked_count += 1;
                    assert_eq!(rechecked.diagnostics(), expected.diagnostics(), "{what}: re-checked wrong diagnostics");
                    assert_eq!(rechecked.outline(), &Outline::of(&expected), "{what}: outline");
                    if rng.below(3) == 0 {
                        assert!(rechecked.module() == expected.module(), "{what}: re-checked tree differs");
                    }
                    Arc::try_unwrap(rechecked).unwrap_or_else(|_| panic!("{what}: analysis still shared"))
                }
                Err(new_program) => match reparse(&prev, &new_program) {
                    Some(reparsed) => {
                        let (body, patch) = (reparsed.body, reparsed.patch);
                        reparsed_count += 1;
                        // The parser's errors (the analysis adds the compile-time ones).
                        let part = &new_program.text[..new_program.parts[0].end as usize];
                        let parsed = upy_syntax::parse(part, upy_syntax::ParseOptions::default());
                        assert_eq!(body.errors, parsed.errors, "{what}: re-parse errors");
                        assert!(body.materialize() == expected.module().body, "{what}: re-parsed tree differs");
                        let reparsed =
                            Arc::new(Analysis::with_lazy(new_program, esp32(), stubs.clone(), body).with_patch(patch));
                        near_count += assert_near_equal(&reparsed, &expected, &mut rng, &what);
                        let reparsed =
                            Arc::try_unwrap(reparsed).unwrap_or_else(|_| panic!("{what}: analysis still shared"));
                        // As the server does before the next edit.
                        assert_eq!(
                            reparsed.diagnostics(),
                            expected.diagnostics(),
                            "{what}: re-parsed wrong diagnostics"
                        );
                        reparsed
                    }
                    None => expected,
                },
            },
        };
        if next.known_clean() == Some(true) || next.syntax_errors().is_empty() {
            prev = Arc::new(next);
        } else if rng.below(3) == 0 {
            // Random edits break the program quickly: often start again
            // from the clean one, so the incremental routes stay exercised.
            text = program(blocks);
        }
    }
    assert!(near_count > edits / 8, "seed {seed:#x}: completion used the model near the edit only {near_count} times");
    (carried_count, rechecked_count, reparsed_count)
}

#[test]
fn incremental_analyses_equal_fresh_ones() {
    let edits = std::env::var("UPY_INCREMENTAL_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(600);
    let (mut carried, mut rechecked, mut reparsed) = (0, 0, 0);
    // `UPY_INCREMENTAL_SEED=n` explores other edit sequences.
    let base: u64 = std::env::var("UPY_INCREMENTAL_SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(0x1c4e_0000);
    for (i, seed) in [base + 1, base + 2, base + 3].into_iter().enumerate() {
        let (c, k, r) = run(seed, edits, 2 + i);
        carried += c;
        rechecked += k;
        reparsed += r;
    }
    eprintln!("of {} edits: {carried} carried over, {rechecked} re-checked, {reparsed} re-parsed", 3 * edits);
    // Every route must actually have been taken, and often.
    assert!(
        carried > edits / 5 && rechecked > edits / 8 && reparsed > edits / 4,
        "only {carried} carried, {rechecked} re-checked, {reparsed} re-parsed of {}",
        3 * edits
    );
}

#[test]
fn trailing_space_is_carried_and_a_code_change_is_not() {
    let stubs = StubSet::for_board(esp32());
    let text = program(2);
    let prev = Arc::new(fresh(&text, &stubs));
    let line_end = text.find("self.period_ms = period_ms").unwrap() + "self.period_ms = period_ms".len();
    let mut spaced = text.clone();
    spaced.insert(line_end, ' ');
    let carried = carry_over(&prev, Program::from_parts(&[spaced.as_str()]), esp32(), stubs.clone());
    let carried = carried.unwrap_or_else(|_| panic!("a trailing space changes no token"));
    assert_eq!(carried.diagnostics(), fresh(&spaced, &stubs).diagnostics());
    // A space inside `a - b`, whose fix quotes the source, is not carried.
    let minus = text.find("time.ticks_ms() - start").unwrap() + "time.ticks_ms()".len();
    let mut inner = text.clone();
    inner.insert(minus, ' ');
    assert!(carry_over(&prev, Program::from_parts(&[inner.as_str()]), esp32(), stubs.clone()).is_err());
    let mut renamed = text.clone();
    renamed.replace_range(line_end - 1..line_end, "x");
    assert!(carry_over(&prev, Program::from_parts(&[renamed.as_str()]), esp32(), stubs).is_err());
}

/// Re-parse `new` from the analysis of `old` and compare with a fresh parse.
fn assert_reparse_exact(old: &str, new: &str) {
    let stubs = StubSet::for_board(esp32());
    let prev = Arc::new(fresh(old, &stubs));
    let expected = fresh(new, &stubs);
    if let Some(body) = reparse(&prev, &Program::from_parts(&[new])).map(|r| r.body) {
        assert_eq!(body.errors, expected.syntax_errors(), "{old:?} → {new:?}");
        assert!(body.materialize() == expected.module().body, "{old:?} → {new:?}: trees differ");
    }
}

#[test]
fn a_statement_turned_into_a_continuation_joins_the_one_before() {
    // `elx = 1` becomes `else:`, which belongs to the `if` above it.
    assert_reparse_exact("x = 0\nif x:\n    pass\nelx = 1\n", "x = 0\nif x:\n    pass\nelse:\n    pass\n");
    assert_reparse_exact(
        "x = 0\ntry:\n    pass\nfinally:\n    pass\nexcepx = 1\n",
        "x = 0\ntry:\n    pass\nexcept:\n    pass\n",
    );
    // A decorator, a backslash or an open bracket carries on into the next line.
    assert_reparse_exact("x = 0\ny = 1\ndef f():\n    pass\n", "x = 0\n@y\ndef f():\n    pass\n");
    assert_reparse_exact("x = 0\ny = 1\nz = 2\n", "x = 0\ny = 1 + \\\nz = 2\n");
    assert_reparse_exact("x = 0\ny = 1\nz = 2\n", "x = 0\ny = (1 +\nz = 2\n");
    // A statement on a continued line does not begin one.
    assert_reparse_exact("w = 0\nx = 1; \\\ny = 2\nz = 3\n", "w = 0\nx = 1; \\\ny = 2\nz = 3 +\n");
    assert_reparse_exact("w = 0\nx = 1; \\\ny = 2\nz = 3\n", "w = 0\nx = 1; \\\ny = 2\nz = 4\n");
}

#[test]
fn an_edit_inside_a_method_is_rechecked_alone_and_one_seen_outside_is_not() {
    let (stubs, text, prev) = analysed_program();
    let line = text.find("        unused = 3").unwrap();
    let edit = |insert: &str| {
        let mut t = text.clone();
        t.insert_str(line, insert);
        t
    };
    // A new local and a call: nothing outside `run` can see either.
    for insert in ["        x = 10\n", "        print(self.led.value())\n", "        y = time.ticks_ms() - 1\n"] {
        assert_rechecked(&prev, &edit(insert), &stubs, true);
    }
    // A global, a new instance attribute, and a first use of an import
    // change what the rest of the program sees.
    for insert in ["        global LIMIT\n", "        self.extra = 1\n", "        typing.List\n"] {
        assert_rechecked(&prev, &edit(insert), &stubs, false);
    }
}

/// The test program, and its analysis with diagnostics worked out (as the
/// server has it before the next edit).
fn analysed_program() -> (Arc<StubSet>, String, Arc<Analysis>) {
    let stubs = StubSet::for_board(esp32());
    let text = program(3);
    let prev = Arc::new(fresh(&text, &stubs));
    prev.diagnostics();
    (stubs, text, prev)
}

/// `new` is re-checked alone from `prev` (and then exactly), or is not.
fn assert_rechecked(prev: &Arc<Analysis>, new: &str, stubs: &Arc<StubSet>, alone: bool) {
    match recheck(prev, Program::from_parts(&[new]), esp32(), stubs.clone()) {
        Ok(rechecked) if alone => assert_eq!(rechecked.diagnostics(), fresh(new, stubs).diagnostics(), "{new:?}"),
        Ok(_) => panic!("re-checked alone, though seen outside: {new:?}"),
        Err(_) => assert!(!alone, "not re-checked alone: {new:?}"),
    }
}

#[test]
fn a_module_level_statement_that_binds_and_uses_the_same_is_rechecked_alone() {
    let (stubs, text, prev) = analysed_program();
    let changed = |from: &str, to: &str| text.replacen(from, to, 1);
    for new in [changed("LIMIT = 100", "LIMIT = 1000"), changed("print(b.run(3))", "print(b.run(30), undefined_here)")]
    {
        assert_rechecked(&prev, &new, &stubs, true);
    }
    // A new value kind, a new name bound, a first use of an import.
    for new in [
        changed("LIMIT = 100", "LIMIT = 'x'"),
        changed("LIMIT = 100", "LIMIT = other = 100"),
        changed("print(b.run(3))", "print(b.run(3), typing)"),
    ] {
        assert_rechecked(&prev, &new, &stubs, false);
    }
}

/// Edit sequences that once went wrong, replayed to the step that showed
/// it: a method's tail deleted by an edit re-checked alone left its class's
/// scope ending where the old text ended, so a later completion just past
/// the class was answered inside it.
#[test]
fn soak_seeds_that_found_bugs() {
    run(0x1c4e_1389, 2000, 2);
}
