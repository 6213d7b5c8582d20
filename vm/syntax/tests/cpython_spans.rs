//! Spans checked against CPython's `ast` (its positions converted to byte
//! offsets): every expression and statement node of the kinds both trees
//! share has the same start and end, in every valid fixture and corpus
//! file, with the same names, operators and integer values. One
//! deliberate difference: a decorated `def`/`class` starts at its
//! first `@` here (CPython starts it at the keyword).
//! Skipped with a note when `python3` is not installed.

mod common;
use std::collections::BTreeMap;
use std::process::Command;

/// Node kinds compared (named as in CPython's `ast`; this crate's dump uses
/// the same names except `Const` for `Constant` and `FString` for
/// `JoinedStr`).
const KINDS: &[&str] = &[
    "Name",
    "Constant",
    "BinOp",
    "UnaryOp",
    "BoolOp",
    "Compare",
    "Call",
    "Attribute",
    "Subscript",
    "Slice",
    "List",
    "Tuple",
    "Set",
    "Dict",
    "ListComp",
    "SetComp",
    "DictComp",
    "GeneratorExp",
    "Lambda",
    "IfExp",
    "NamedExpr",
    "Await",
    "Yield",
    "YieldFrom",
    "JoinedStr",
    "Expr",
    "Assign",
    "AugAssign",
    "AnnAssign",
    "If",
    "While",
    "For",
    "AsyncFor",
    "Break",
    "Continue",
    "Pass",
    "Return",
    "Raise",
    "Try",
    "With",
    "AsyncWith",
    "Global",
    "Nonlocal",
    "Delete",
    "Assert",
    "Import",
    "ImportFrom",
    "FunctionDef",
    "AsyncFunctionDef",
    "ClassDef",
];

/// Prints `Kind[/detail] start end` (byte offsets) for each node outside
/// f-strings (CPython 3.11 gives f-string internals approximate positions).
const DUMP: &str = r#"
import ast, sys
source = open(sys.argv[1], "rb").read()
starts = [0]
for i, b in enumerate(source):
    if b == 10:
        starts.append(i + 1)
kinds = set(sys.argv[2].split(","))
def op(o):
    return type(o).__name__
def detail(node):
    # The same detail this crate's dump prints beside the kind.
    if isinstance(node, ast.Name):
        return "/" + node.id
    if isinstance(node, ast.Attribute):
        return "/." + node.attr
    if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.AugAssign)):
        return "/" + op(node.op)
    if isinstance(node, ast.Compare):
        return "/" + " ".join(op(o) for o in node.ops)
    if isinstance(node, ast.Constant) and (type(node.value) in (int, bool) or node.value is None):
        return "/" + str(node.value)
    return ""
def visit(node, in_fstring):
    name = type(node).__name__
    if name in kinds and not in_fstring and hasattr(node, "lineno"):
        a = starts[node.lineno - 1] + node.col_offset
        b = starts[node.end_lineno - 1] + node.end_col_offset
        decorators = getattr(node, "decorator_list", None)
        if decorators:
            first = decorators[0]
            a = source.rfind(b"@", 0, starts[first.lineno - 1] + first.col_offset)
        print(name + detail(node), a, b)
    for child in ast.iter_child_nodes(node):
        # upy-syntax keeps a walrus target as an identifier, not a Name.
        if name == "NamedExpr" and child is node.target:
            continue
        visit(child, in_fstring or name == "JoinedStr")
visit(ast.parse(source), False)
"#;

fn ours(source: &str) -> BTreeMap<(u32, u32, String), usize> {
    let parsed = common::parse_str(source);
    let dump = upy_syntax::dump::dump_module(&parsed.module);
    let mut found = BTreeMap::new();
    let mut fstring_indent: Option<usize> = None;
    for line in dump.lines() {
        let indent = line.len() - line.trim_start().len();
        if fstring_indent.is_some_and(|i| indent <= i) {
            fstring_indent = None;
        }
        let body = line.trim_start();
        let body = match body.split_once(": ") {
            Some((label, rest)) if !label.contains(' ') => rest,
            _ => body,
        };
        let kind = body.split(' ').next().unwrap_or("");
        let kind = match kind {
            "Const" => "Constant",
            "FString" => "JoinedStr",
            other => other,
        };
        let Some((span_text, rest)) = body.rsplit_once(' ').map(|(rest, span)| (span, rest)) else { continue };
        let Some((a, b)) = span_text.split_once("..") else { continue };
        let (Ok(a), Ok(b)) = (a.parse(), b.parse()) else { continue };
        // The words between kind and span: names, operators, int values.
        let detail = rest.split_once(' ').map_or("", |(_, d)| d);
        let detail = detail.strip_suffix(" (big)").unwrap_or(detail);
        let detail = match kind {
            "Name" | "Attribute" | "BinOp" | "UnaryOp" | "BoolOp" | "AugAssign" | "Compare" => format!("/{detail}"),
            "Constant" if detail.bytes().all(|b| b.is_ascii_digit()) || matches!(detail, "True" | "False" | "None") => {
                format!("/{detail}")
            }
            _ => String::new(),
        };
        if KINDS.contains(&kind) && fstring_indent.is_none() {
            *found.entry((a, b, format!("{kind}{detail}"))).or_insert(0) += 1;
        }
        if kind == "JoinedStr" && fstring_indent.is_none() {
            fstring_indent = Some(indent);
        }
    }
    found
}

/// CPython's spans for one file; `None` if `python3` cannot be started.
fn cpython(path: &std::path::Path) -> Option<BTreeMap<(u32, u32, String), usize>> {
    let output = Command::new("python3").arg("-c").arg(DUMP).arg(path).arg(KINDS.join(",")).output().ok()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&output.stderr));
    let mut found = BTreeMap::new();
    for line in stdout.lines() {
        // `Kind[/detail] start end`; the detail may contain spaces.
        let mut parts = line.rsplitn(3, ' ');
        let (Some(b), Some(a), Some(kind)) = (parts.next(), parts.next(), parts.next()) else {
            panic!("unexpected judge output {line:?}")
        };
        let (a, b) = (a.parse().expect("start offset"), b.parse().expect("end offset"));
        *found.entry((a, b, kind.to_string())).or_insert(0) += 1;
    }
    Some(found)
}

#[test]
fn spans_match_cpython() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<_> = ["corpus", "fixtures"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let mut compared = 0;
    let mut problems = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("readable");
        // Skip fixtures of syntax errors, and `match` (its patterns are
        // kept as expressions here, as CPython's pattern nodes are not).
        let errors = common::parse_str(&source).errors;
        let invalid = errors.iter().any(|e| e.kind != upy_syntax::SyntaxErrorKind::Unsupported);
        if invalid || errors.iter().any(|e| e.message.contains("match statement")) {
            continue;
        }
        let Some(theirs) = cpython(&path) else {
            eprintln!("python3 not available: skipping the CPython span comparison");
            return;
        };
        let mine = ours(&source);
        for (key, count) in &theirs {
            if mine.get(key) != Some(count) {
                let text = source.get(key.0 as usize..key.1 as usize).unwrap_or("?");
                problems.push(format!(
                    "{}: CPython has {} {text:?} at {}..{}, we do not",
                    path.display(),
                    key.2,
                    key.0,
                    key.1
                ));
            }
        }
        for (key, count) in &mine {
            if theirs.get(key) != Some(count) {
                let text = source.get(key.0 as usize..key.1 as usize).unwrap_or("?");
                problems.push(format!(
                    "{}: we have {} {text:?} at {}..{}, CPython does not",
                    path.display(),
                    key.2,
                    key.0,
                    key.1
                ));
            }
        }
        compared += theirs.values().sum::<usize>();
    }
    eprintln!("compared {compared} spans with CPython");
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
}
