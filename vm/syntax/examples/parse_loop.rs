//! Parses a file many times (for profiling): `parse_loop <file.py> [times]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: parse_loop <file.py> [times]");
        std::process::exit(2);
    };
    let times: usize = args.next().and_then(|t| t.parse().ok()).unwrap_or(100);
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let start = std::time::Instant::now();
    let mut nodes = 0;
    for _ in 0..times {
        nodes += upy_syntax::parse(&source, Default::default()).module.body.len();
    }
    println!("{times} parses, {nodes} statements, {:.2} ms each", start.elapsed().as_secs_f64() * 1e3 / times as f64);
}
