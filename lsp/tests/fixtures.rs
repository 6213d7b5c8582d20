//! Fixture tests: each `fixtures/*.py` is a program (optionally with a
//! `<|>` cursor marker and a `# board:` comment); its diagnostics, and the
//! completion, hover, signature help and definition at the cursor, are
//! rendered as text and compared with `snapshots/fixtures__<name>.snap`.

mod common;

use common::{analyse, line_col, render_diagnostics};
use upy_lsp::analysis::completion::complete;
use upy_lsp::analysis::definition::{definition, Definition};
use upy_lsp::analysis::hover::hover;
use upy_lsp::analysis::signature_help::signature_help;

fn report(source: &str) -> String {
    let (a, cursor) = analyse(source);
    let mut out = String::from("== diagnostics ==\n");
    out.push_str(&render_diagnostics(&a));
    let Some(at) = cursor else { return out };
    let text = a.text();
    out.push_str(&format!("== at {} ==\n", line_col(text, at as u32)));
    let c = complete(&a, at);
    out.push_str(&format!("-- completion ({} items) --\n", c.items.len()));
    // Keywords and builtins are the same everywhere: show the rest.
    for item in c.items.iter().filter(|i| i.rank < 3).take(40) {
        out.push_str(&format!("{} [{:?}]", item.label, item.kind));
        if let Some(d) = &item.detail {
            out.push_str(&format!(" {d}"));
        }
        if let Some(d) = &item.doc {
            out.push_str(&format!(" — {d}"));
        }
        out.push('\n');
    }
    if let Some(h) = hover(&a, at) {
        out.push_str(&format!("-- hover `{}` --\n{}\n", &text[h.span.start as usize..h.span.end as usize], h.markdown));
    }
    if let Some(s) = signature_help(&a, at) {
        out.push_str("-- signature help --\n");
        for (i, sig) in s.signatures.iter().enumerate() {
            let active = sig.active_param.and_then(|p| sig.params.get(p)).map(|(s0, e0)| &sig.label[*s0..*e0]);
            let mark = if i == s.active_signature { "*" } else { " " };
            out.push_str(&format!("{mark} {} (active: {})\n", sig.label, active.unwrap_or("-")));
        }
    }
    match definition(&a, at) {
        Some(Definition::Local(span)) => out.push_str(&format!("-- definition -- {}\n", line_col(text, span.start))),
        Some(Definition::Stub { module, span, .. }) => {
            let src = &a.stubs.module(&module).expect("stub exists").source;
            out.push_str(&format!("-- definition -- stub {module} {}\n", line_col(src, span.start)));
        }
        None => {}
    }
    out
}

#[test]
fn fixtures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir).expect("fixtures dir").map(|e| e.expect("entry").path()).collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).expect("readable fixture");
        let report = report(&source);
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => true, description => source.clone(), omit_expression => true }, {
            insta::assert_snapshot!(name, report);
        });
    }
}
