//! Error recovery: every error is reported with its line, and the parse goes
//! on so later statements still have a tree.

mod common;
use common::{errors, parse_str};
use upy_syntax::ast::StmtKind;
use upy_syntax::SyntaxErrorKind::{Indentation, Invalid, Unsupported};

#[test]
fn three_separate_errors_give_three_errors_and_later_code_parses() {
    let source = "\
a = 1
b = (2 +
def f():
    return 1
c = 3 3
d = 4
if d == 4
    e = 5
last = 6
";
    let found = errors(source);
    let lines: Vec<usize> = found.iter().map(|e| e.0).collect();
    assert_eq!(lines, vec![2, 5, 7], "{found:?}");
    let parsed = parse_str(source);
    let names: Vec<String> = parsed
        .module
        .body
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Assign { targets, .. } => match &targets[0].kind {
                upy_syntax::ast::ExprKind::Name(n) => Some(n.clone()),
                _ => None,
            },
            StmtKind::FunctionDef(def) => Some(def.name.name.clone()),
            _ => None,
        })
        .collect();
    // `b = (2 +` itself is an Error statement.
    assert_eq!(names, ["a", "f", "c", "d", "last"]);
    // The body of the broken `if` is still there.
    let if_stmt = parsed.module.body.iter().find(|s| matches!(s.kind, StmtKind::If { .. })).expect("if parsed");
    let StmtKind::If { body, .. } = &if_stmt.kind else { unreachable!() };
    assert_eq!(body.len(), 1);
}

#[test]
fn messages_match_micropython_and_cpython_wording() {
    let cases: &[(&str, &str)] = &[
        ("x = = 1\n", "invalid syntax"),
        ("1 = x\n", "can't assign to literal"),
        ("f() = 1\n", "can't assign to function call"),
        ("None = 1\n", "can't assign to None"),
        ("a + b = 1\n", "can't assign to expression"),
        ("for 1 in x: pass\n", "can't assign to literal"),
        ("del f()\n", "can't delete function call"),
        ("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment"),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment"),
        ("*a = b\n", "starred assignment target must be in a list or tuple"),
        ("del *a\n", "can't delete starred"),
        ("del a, *b\n", "can't delete starred"),
        ("if x\n    pass\n", "expected ':'"),
        ("s = 'abc\n", "unterminated string"),
        ("s = '''abc\n", "unterminated triple-quoted string"),
        ("x = 1)\n", "unmatched ')'"),
        ("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('"),
        ("x = [1, 2\n", "'[' was never closed"),
        ("f(a=1, 2)\n", "positional argument follows keyword argument"),
        ("def f(a=1, b): pass\n", "non-default argument follows default argument"),
        ("def f(a, a): pass\n", "duplicate argument 'a' in function definition"),
        (
            "x = 012\n",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ),
        ("x = 0x\n", "invalid hexadecimal literal"),
        ("x = 12abc\n", "invalid decimal literal"),
        ("x = b'a' 'b'\n", "cannot mix bytes and nonbytes literals"),
        ("x = '\\x4'\n", "invalid \\x escape: expected two hex digits"),
        // MicroPython's f-string rules: a stray `}` is str.format's to
        // find at run time; a field's expression is the text up to `}`.
        ("x = f'{}'\n", "malformed f-string"),
        ("x = f'{a!x}'\n", "f-string: invalid conversion character: expected 's' or 'r'"),
        ("x = f'{a'\n", "unterminated string"),
        ("x = f'{a\\n}'\n", "unexpected character after line continuation character"),
        ("print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("x = $\n", "invalid character '$' (U+0024)"),
        ("x = a if b\n", "expected 'else' after 'if' expression"),
        ("try:\n    pass\nx = 1\n", "expected 'except' or 'finally' block"),
        ("@dec\nx = 1\n", "expected 'def' or 'class' after a decorator"),
        ("x = (*a)\n", "can't use starred expression here"),
        ("x = *a\n", "can't use starred expression here"),
        ("[*a for a in b]\n", "iterable unpacking cannot be used in comprehension"),
        ("x = 1 \\ 2\n", "unexpected character after line continuation character"),
    ];
    let mut failures = Vec::new();
    for (source, message) in cases {
        let found = errors(source);
        if found.len() != 1 || found[0].2 != *message {
            failures.push(format!("{source:?}: expected [{message}], got {found:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn indentation_errors_have_their_own_kind() {
    assert_eq!(errors("x = 1\n    y = 2\n"), vec![(2, Indentation, "unexpected indent".into())]);
    assert_eq!(
        errors("if x:\n    a\n  b\n"),
        vec![(3, Indentation, "unindent doesn't match any outer indent level".into())]
    );
    assert_eq!(errors("if x:\npass\n"), vec![(2, Indentation, "expected an indented block".into())]);
    assert_eq!(errors("def f():\n"), vec![(2, Indentation, "expected an indented block".into())]);
}

#[test]
fn unsupported_constructs_are_flagged_but_parsed() {
    let source = "match p:\n    case 1:\n        pass\ndef f(a, /, b): pass\n";
    let found = errors(source);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|e| e.1 == Unsupported));
    assert_eq!(found[0].2, "MicroPython does not support the match statement");
    assert_eq!(found[1].2, "MicroPython does not support positional-only parameters");
    let parsed = parse_str(source);
    assert!(matches!(parsed.module.body[0].kind, StmtKind::Match { .. }));
    let StmtKind::FunctionDef(def) = &parsed.module.body[1].kind else { panic!("def") };
    assert_eq!(def.params.posonly.len(), 1);
    assert_eq!(def.params.args.len(), 1);
}

#[test]
fn match_is_a_soft_keyword() {
    assert!(errors("match = 3\nmatch(x)\nmatch.x = 1\nmatch[0]\nmatch, b = 1, 2\ncase = 1\n").is_empty());
}

#[test]
fn unclosed_bracket_does_not_swallow_the_rest_of_the_file() {
    let source = "x = foo(1,\ndef g():\n    return 1 +\ny = 2\n";
    let found = errors(source);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], (1, Invalid, "'(' was never closed".into()));
    assert_eq!(found[1].0, 3);
}

#[test]
fn errors_inside_blocks_keep_the_block_structure() {
    let source = "def f():\n    x = )\n    y = 1\n    return y\nz = f()\n";
    let parsed = parse_str(source);
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.module.body.len(), 2);
    let StmtKind::FunctionDef(def) = &parsed.module.body[0].kind else { panic!("def") };
    assert_eq!(def.body.len(), 3);
    // The stray `)` became an error operand; the assignment stays.
    let StmtKind::Assign { value, .. } = &def.body[0].kind else { panic!("assign") };
    assert!(matches!(value.kind, upy_syntax::ast::ExprKind::Error));
}

#[test]
fn a_misplaced_else_does_not_cascade() {
    let source = "x = 1\nelse:\n    y = 2\nz = 3\n";
    let found = errors(source);
    assert_eq!(found, vec![(2, Invalid, "invalid syntax".into())]);
}

#[test]
fn unicode_name_escapes_are_unsupported_in_str_but_literal_in_bytes() {
    assert_eq!(errors("s = '\\N{BULLET}'\n")[0].1, Unsupported);
    assert!(errors("s = b'\\N{BULLET}'\n").is_empty());
}

#[test]
fn an_unclosed_bracket_in_a_header_is_one_error() {
    assert_eq!(errors("def f(a, b\n    return a\n"), vec![(1, Invalid, "'(' was never closed".into())]);
    assert_eq!(errors("if (a and b\n    pass\n"), vec![(1, Invalid, "'(' was never closed".into())]);
    assert_eq!(errors("print(1\n"), vec![(1, Invalid, "'(' was never closed".into())]);
}

#[test]
fn an_unclosed_call_ends_before_a_line_that_cannot_continue_it() {
    // `print("a"` then `y = 2`: two operands in a row are never one
    // expression, so the lines below keep their own errors.
    let found = errors("print(\"a\"\ny = 2\nif y\n    pass\nfor in y:\n    pass\n");
    let lines: Vec<usize> = found.iter().map(|e| e.0).collect();
    assert_eq!(lines, vec![1, 3, 5], "{found:?}");
    assert_eq!(found[0].2, "'(' was never closed");
}

#[test]
fn a_header_with_an_unclosed_bracket_keeps_its_block() {
    // The colon is the header's: no "unexpected indent" for the body.
    for source in ["def f(:\n    pass\nx = 1\n", "class A(:\n    x = 1\ny = 2\n", "if f(:\n    pass\n"] {
        let found = errors(source);
        assert!(found.iter().all(|e| e.0 == 1 && e.1 == Invalid), "{source:?}: {found:?}");
    }
}

#[test]
fn line_endings_tabs_and_byte_order_mark() {
    assert!(errors("if x:\r\n    y = 1\r\nz = 2\r\n").is_empty());
    assert!(errors("if x:\r    y = 1\rz = 2").is_empty());
    assert!(errors("if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n").is_empty());
    assert!(errors("\u{feff}x = 1\n").is_empty());
    assert!(errors("x = 1 + \\\r\n    2\n").is_empty());
    assert!(errors("\x0cx = 1\n").is_empty());
    assert!(errors("x = 1").is_empty());
    assert!(errors("").is_empty());
    assert!(errors("# only a comment").is_empty());
    assert!(errors("\n\n   \n\t\n").is_empty());
}

#[test]
fn cpython_only_syntax_is_unsupported_by_micropython() {
    let cases: &[(&str, &str)] = &[
        ("@buttons[0].on_press\ndef f(): pass\n", "decorators other than @name, @name.attr or @name(...)"),
        ("s = B'x'\n", "string prefixes other than r, u, f, b, t, rb, br, fr, rf, tr and rt"),
        ("s = Rf'{x}'\n", "string prefixes other than r, u, f, b, t, rb, br, fr, rf, tr and rt"),
        ("async def f():\n    return [x async for x in y]\n", "asynchronous comprehensions"),
        ("def f(a, /): pass\n", "positional-only parameters"),
        ("with (open(a) as f):\n    pass\n", "parenthesised context managers"),
        ("s = '\\N{BULLET}'\n", "unicode name escapes (\\N{...})"),
    ];
    let mut failures = Vec::new();
    for (source, what) in cases {
        let found = errors(source);
        let expected = (found.first().map_or(0, |e| e.0), Unsupported, format!("MicroPython does not support {what}"));
        if found.len() != 1 || found[0] != expected {
            failures.push(format!("{source:?}: expected [{}], got {found:?}", expected.2));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn what_micropython_does_support_has_no_errors() {
    for source in [
        "a, *b = c\n",
        "s = rf'{x}\\n'\n",
        "s = f'{d[\"a\"]}'\n",
        "s = t'{x!r:>{w}}'\n",
        // PEP 448 displays: boards refuse them, upy's VM runs them.
        "x = [*a, 1]\n",
        "x = *a, 1\n",
        "def f():\n    return *a, b\n",
        "s = {*a}\n",
        "d = {**a, 'b': 1}\n",
        "[a, *b] = c\n",
        "(a, *b), c = d\n",
        "for a, *b in c: pass\n",
        "x = [y for *a, y in z]\n",
        "print(*a, *b, sep='', **k)\n",
        "f(**a, b=1, **c)\n",
        "@a.b.c(1, key=2)\ndef f(): pass\n",
        "@property\ndef f(): pass\n",
        "x = 1_000 + 1__0 + 0x_ff_\n",
        "if (n := 10) > 5: pass\n",
        "f = f'{x!r:>{w}}'\n",
    ] {
        assert!(errors(source).is_empty(), "{source:?}: {:?}", errors(source));
    }
}
