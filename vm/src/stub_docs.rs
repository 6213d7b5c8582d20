//! Help text from the board stubs: the signature line and docstring of a
//! stub module, class, function or method, found by dotted name. The kernel's
//! inspect request and `help()` show it for objects of the built-in modules,
//! and for the built-in functions and types from the built-ins stub.

use crate::syntax::ast::{Constant, ExprKind, FunctionDef, Stmt, StmtKind};
use crate::syntax::{parse, ParseOptions};

/// `module` is a stub module (`machine`); `path` the rest (`Pin.value`,
/// or empty for the module itself).
pub fn describe(board: &str, module: &str, path: &[&str]) -> Option<String> {
    describe_in(crate::stubs::stub_source(board, module)?, &format!("module {module}"), path)
}

/// A built-in function or type (`print`, `str.join`), from the built-ins
/// stub the language server reads too.
pub fn describe_builtin(path: &[&str]) -> Option<String> {
    if path.is_empty() {
        return None;
    }
    describe_in(upy_boards::stubs::BUILTINS, "module builtins", path)
}

fn describe_in(source: &str, module_header: &str, path: &[&str]) -> Option<String> {
    let parsed = parse(source, ParseOptions::default());
    let mut body: &[Stmt] = &parsed.module.body;
    let mut header = module_header.to_string();
    for (i, name) in path.iter().enumerate() {
        if i + 1 == path.len() {
            // An overloaded function (`Pin.value()` and `Pin.value(x)`)
            // shows every form, each with its own docstring.
            let forms: Vec<&FunctionDef> = body
                .iter()
                .filter_map(|s| match &s.kind {
                    StmtKind::FunctionDef(f) if f.name.name == *name => Some(&**f),
                    _ => None,
                })
                .collect();
            if forms.len() > 1 {
                return Some(
                    forms.iter().map(|f| with_doc(def_line(source, f), &f.body)).collect::<Vec<_>>().join("\n\n"),
                );
            }
        }
        let found = body.iter().rev().find(|s| match &s.kind {
            StmtKind::ClassDef(c) => c.name.name == *name,
            StmtKind::FunctionDef(f) => f.name.name == *name,
            _ => false,
        })?;
        match &found.kind {
            StmtKind::ClassDef(c) => {
                header = format!("class {}", c.name.name);
                body = &c.body;
            }
            StmtKind::FunctionDef(f) => {
                header = def_line(source, f);
                body = &f.body;
            }
            _ => return None,
        }
    }
    Some(with_doc(header, body))
}

/// The `def` line as written in the stub, up to its colon, on one line.
fn def_line(source: &str, f: &FunctionDef) -> String {
    let start = f.name.span.start as usize;
    let end = f.body.first().map_or(source.len(), |s| s.span.start as usize);
    let text = &source[start..end];
    let sig_end = text
        .find("->")
        .and_then(|i| text[i..].find(':').map(|j| i + j))
        .or_else(|| text.find("):").map(|i| i + 1))
        .unwrap_or(text.len());
    format!("def {}", text[..sig_end].split_whitespace().collect::<Vec<_>>().join(" "))
}

fn with_doc(header: String, body: &[Stmt]) -> String {
    let doc = body.first().and_then(|s| match &s.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Const(Constant::Str(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    });
    match doc {
        Some(d) => format!("{header}\n\n{d}"),
        None => header,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overloaded_method_shows_getter_and_setter() {
        let help = describe("esp32", "machine", &["Pin", "value"]).unwrap();
        assert!(help.contains("def value(self) -> int"), "{help}");
        assert!(help.contains("def value(self, x: Any, /) -> None"), "{help}");
        assert!(help.find("-> int").unwrap() < help.find("-> None").unwrap(), "{help}");
    }

    #[test]
    fn builtins_have_signatures_and_docs() {
        let help = describe_builtin(&["print"]).unwrap();
        assert!(help.starts_with("def print(*objects, sep: str = \" \", end: str = \"\\n\""), "{help}");
        assert!(help.contains("console"), "{help}");
        assert!(describe_builtin(&["str", "join"]).unwrap().starts_with("def join("));
        assert!(describe_builtin(&["no_such_builtin"]).is_none());
    }

    #[test]
    fn a_plain_function_keeps_its_single_form() {
        let help = describe("esp32", "time", &["sleep_ms"]).unwrap();
        assert!(help.starts_with("def sleep_ms("), "{help}");
        assert_eq!(help.matches("def ").count(), 1, "{help}");
    }
}
