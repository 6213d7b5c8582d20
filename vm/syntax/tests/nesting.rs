//! Hostile nesting gives an error, never a stack overflow, and ordinary
//! deep-ish nesting still parses.

mod common;
use common::parse_str;

fn assert_nesting_error(source: &str) {
    let parsed = parse_str(source);
    assert!(
        parsed.errors.iter().any(|e| e.message.contains("too many nested parentheses")
            || e.message.contains("too deeply nested")
            || e.message.contains("too many chained operations")),
        "no nesting error for {:?}...: {:?}",
        &source[..source.len().min(40)],
        parsed.errors.first()
    );
}

#[test]
fn ten_thousand_open_parentheses() {
    assert_nesting_error(&"(".repeat(10_000));
    assert_nesting_error(&format!("x = {}1{}", "(".repeat(10_000), ")".repeat(10_000)));
    assert_nesting_error(&"[".repeat(10_000));
    assert_nesting_error(&"{".repeat(10_000));
    assert_nesting_error(&format!("{}1", "{**".repeat(10_000)));
    assert_nesting_error(&format!("{}1", "f(".repeat(10_000)));
    assert_nesting_error(&format!("x{}", "[0".repeat(10_000)));
}

#[test]
fn long_operator_chains() {
    assert_nesting_error(&format!("{}1", "-".repeat(10_000)));
    assert_nesting_error(&format!("{}1", "not ".repeat(10_000)));
    assert_nesting_error(&format!("{}1", "2**".repeat(10_000)));
    assert_nesting_error(&format!("{}1", "lambda: ".repeat(10_000)));
    assert_nesting_error(&format!("{}1", "a if b else ".repeat(10_000)));
    // Left-leaning chains build deep trees: bounded too, generously.
    assert_nesting_error(&format!("x = {}1", "1 + ".repeat(50_000)));
    assert_nesting_error(&format!("x = f{}", "(1)".repeat(50_000)));
    assert_nesting_error(&format!("x = a{}", ".b".repeat(50_000)));
    assert!(parse_str(&format!("x = {}1", "1 + ".repeat(500))).errors.is_empty());
    assert!(parse_str(&format!("x = f{}", "(1)".repeat(500))).errors.is_empty());
}

#[test]
fn deeply_nested_blocks() {
    let mut source = String::new();
    for depth in 0..1000 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(1000));
    source.push_str("pass\n");
    assert_nesting_error(&source);
}

#[test]
fn nested_fstring_specs() {
    // Specs nest in the template that `str.format` reads at run time (as in
    // MicroPython), not in the parser: no recursion, and nothing to report.
    let source = format!("f'{}'", "{x:".repeat(5_000));
    let parsed = parse_str(&source);
    assert!(parsed.errors.is_empty());
}

#[test]
fn reasonable_nesting_parses() {
    let parens = format!("x = {}1{}", "(".repeat(150), ")".repeat(150));
    assert!(parse_str(&parens).errors.is_empty());
    let mut blocks = String::new();
    for depth in 0..100 {
        blocks.push_str(&"    ".repeat(depth));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&"    ".repeat(100));
    blocks.push_str("pass\n");
    assert!(parse_str(&blocks).errors.is_empty());
    let elifs: String = (0..2000).map(|i| format!("elif x == {i}:\n    pass\n")).collect();
    assert!(parse_str(&format!("if x:\n    pass\n{elifs}else:\n    pass\n")).errors.is_empty());
}

/// Very wide statements (many elements, arguments, parameters) stay
/// linear: each would take minutes if any check were quadratic.
#[test]
fn wide_statements_parse_quickly() {
    let n = 50_000;
    let start = std::time::Instant::now();
    let stars = format!("[{}] = x\n", (0..n).map(|i| format!("*a{i}")).collect::<Vec<_>>().join(", "));
    assert_eq!(parse_str(&stars).errors.len(), 1, "one 'multiple starred' error");
    let unpacked = format!("x = [{}]\n", "*a, ".repeat(n));
    assert!(parse_str(&unpacked).errors.is_empty(), "PEP 448 displays are accepted");
    let keywords = format!("f({})\n", (0..n).map(|i| format!("k{i}=1")).collect::<Vec<_>>().join(", "));
    assert!(parse_str(&keywords).errors.is_empty());
    let params = format!("def f({}): pass\n", (0..n).map(|i| format!("p{i}")).collect::<Vec<_>>().join(", "));
    assert!(parse_str(&params).errors.is_empty());
    let list = format!("x = [{}]\n", "1, ".repeat(4 * n));
    assert!(parse_str(&list).errors.is_empty());
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
