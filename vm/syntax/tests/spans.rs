//! Spans: exact for names, calls and friends; always inside the source;
//! shifted by `byte_offset`.

mod common;
use common::{all_spans, only_expr, parse_str, text};
use upy_syntax::ast::{Arg, ExprKind, StmtKind};
use upy_syntax::{parse, ParseOptions};

#[test]
fn call_attribute_and_argument_spans_are_exact() {
    let source = "machine.Pin(2, mode=machine.Pin.OUT)";
    let call = only_expr(source);
    assert_eq!(text(source, call.span), source);
    let ExprKind::Call { func, args } = &call.kind else { panic!("call") };
    assert_eq!(text(source, func.span), "machine.Pin");
    let ExprKind::Attribute { value, attr } = &func.kind else { panic!("attribute") };
    assert_eq!(text(source, value.span), "machine");
    assert_eq!(text(source, attr.span), "Pin");
    let Arg::Keyword { name, value } = &args[1] else { panic!("keyword") };
    assert_eq!(text(source, name.span), "mode");
    assert_eq!(text(source, value.span), "machine.Pin.OUT");
}

#[test]
fn parenthesised_operands_belong_to_their_operator() {
    let source = "(a + b) * c[1:2]";
    let e = only_expr(source);
    assert_eq!(text(source, e.span), source);
    let ExprKind::BinOp { left, right, .. } = &e.kind else { panic!("binop") };
    assert_eq!(text(source, left.span), "a + b");
    assert_eq!(text(source, right.span), "c[1:2]");
    let ExprKind::Subscript { index, .. } = &right.kind else { panic!("subscript") };
    assert_eq!(text(source, index.span), "1:2");
}

#[test]
fn statement_spans_end_at_their_last_token() {
    let source = "def f(a, b=1):\n    return a  # done\n\n\nx = f(1)\n";
    let parsed = parse_str(source);
    assert_eq!(text(source, parsed.module.body[0].span), "def f(a, b=1):\n    return a");
    assert_eq!(text(source, parsed.module.body[1].span), "x = f(1)");
    let StmtKind::FunctionDef(def) = &parsed.module.body[0].kind else { panic!("def") };
    assert_eq!(text(source, def.name.span), "f");
    assert_eq!(text(source, def.params.span), "a, b=1");
}

#[test]
fn fstring_field_spans_point_into_the_source() {
    // As MicroPython reads it: template "x={:>{}}", fields `value + 1` and
    // `width` in order, each with its place in the source.
    let source = "f'x={value + 1:>{width}}'";
    let e = only_expr(source);
    let ExprKind::FString(parts) = &e.kind else { panic!("fstring") };
    let fields: Vec<&str> = parts
        .iter()
        .filter_map(|p| match p {
            upy_syntax::ast::FStringPart::Field { expr, .. } => Some(text(source, expr.span)),
            _ => None,
        })
        .collect();
    assert_eq!(fields, ["value + 1", "width"]);
}

#[test]
fn error_spans_cover_the_offending_text() {
    let source = "x = 1\ny = 'open\nz = $$\n";
    let parsed = parse_str(source);
    let texts: Vec<&str> = parsed.errors.iter().map(|e| text(source, e.span)).collect();
    assert_eq!(texts, ["'open", "$$"]);
}

#[test]
fn every_span_is_inside_the_source_and_well_formed() {
    for source in [
        include_str!("fixtures/functions.py"),
        include_str!("fixtures/fstrings.py"),
        include_str!("fixtures/recovery.py"),
        include_str!("fixtures/indentation.py"),
        "x = (1,\n",
        "f'{'",
        "",
        "\n\n",
        "   ",
    ] {
        let parsed = parse_str(source);
        let len = source.len() as u32;
        for (start, end) in all_spans(&parsed) {
            assert!(start <= end && end <= len, "span {start}..{end} outside {len} in {source:?}");
            assert!(source.is_char_boundary(start as usize) && source.is_char_boundary(end as usize));
        }
        for error in &parsed.errors {
            assert!(error.span.start <= error.span.end && error.span.end <= len, "{error:?}");
        }
        assert_eq!((parsed.module.span.start, parsed.module.span.end), (0, len));
    }
}

#[test]
fn byte_offset_shifts_every_span_and_error() {
    let source = include_str!("fixtures/recovery.py");
    let plain = parse(source, ParseOptions::default());
    let shifted = parse(source, ParseOptions { byte_offset: 1000 });
    let expected: Vec<(u32, u32)> = all_spans(&plain).into_iter().map(|(a, b)| (a + 1000, b + 1000)).collect();
    assert!(!expected.is_empty());
    assert_eq!(all_spans(&shifted), expected);
    let plain_errors: Vec<(u32, u32, String)> =
        plain.errors.iter().map(|e| (e.span.start + 1000, e.span.end + 1000, e.message.clone())).collect();
    let shifted_errors: Vec<(u32, u32, String)> =
        shifted.errors.iter().map(|e| (e.span.start, e.span.end, e.message.clone())).collect();
    assert_eq!(shifted_errors, plain_errors);
    assert_eq!(shifted.module.span.start, 1000);
}

#[test]
fn huge_byte_offset_does_not_overflow() {
    let source = "x = f'{a!r:{b}}' + 'é\\x41' + b'\\777'\ndef f(a, /):\n    return *a, 1\n$";
    for offset in [u32::MAX - 3, u32::MAX] {
        let parsed = parse(source, ParseOptions { byte_offset: offset });
        assert!(!parsed.errors.is_empty());
        let _ = upy_syntax::tokenize(source, ParseOptions { byte_offset: offset });
    }
}
