//! Prints the syntax tree and errors of a file: `cargo run --example parse -- file.py`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse <file.py>");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::exit(1);
        }
    };
    let parsed = upy_syntax::parse(&source, upy_syntax::ParseOptions::default());
    print!("{}", upy_syntax::dump::dump_module(&parsed.module));
    let lines = upy_syntax::LineIndex::new(&source);
    for error in &parsed.errors {
        let (line, col) = lines.line_col(error.span.start);
        println!("{}:{}: {:?}: {}", line + 1, col + 1, error.kind, error.message);
    }
}
