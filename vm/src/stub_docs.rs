//! Help text from the board stubs: the signature line and docstring of a
//! stub module, class, function or method, found by dotted name. The kernel's
//! inspect request and `help()` show it for objects of the built-in modules.

use crate::syntax::ast::{Constant, ExprKind, Stmt, StmtKind};
use crate::syntax::{parse, ParseOptions};

/// `module` is a stub module (`machine`); `path` the rest (`Pin.value`,
/// or empty for the module itself).
pub fn describe(board: &str, module: &str, path: &[&str]) -> Option<String> {
    let source = crate::stubs::stub_source(board, module)?;
    let parsed = parse(source, ParseOptions::default());
    let mut body: &[Stmt] = &parsed.module.body;
    let mut header = format!("module {module}");
    for (i, name) in path.iter().enumerate() {
        let last = i + 1 == path.len();
        let found = body.iter().rev().find(|s| match &s.kind {
            StmtKind::ClassDef(c) => c.name.name == *name,
            StmtKind::FunctionDef(f) => f.name.name == *name && (last || f.body.is_empty()),
            _ => false,
        })?;
        match &found.kind {
            StmtKind::ClassDef(c) => {
                header = format!("class {}", c.name.name);
                body = &c.body;
            }
            StmtKind::FunctionDef(f) => {
                // The `def` line as written in the stub, up to its colon.
                let start = f.name.span.start as usize;
                let text = &source[start..found.span.end as usize];
                let sig_end = text
                    .find("->")
                    .and_then(|i| text[i..].find(':').map(|j| i + j))
                    .or_else(|| text.find("):").map(|i| i + 1))
                    .unwrap_or(text.len());
                header = format!("def {}", text[..sig_end].split_whitespace().collect::<Vec<_>>().join(" "));
                body = &f.body;
            }
            _ => return None,
        }
    }
    let doc = body.first().and_then(|s| match &s.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Const(Constant::Str(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    });
    Some(match doc {
        Some(d) => format!("{header}\n\n{d}"),
        None => header,
    })
}
