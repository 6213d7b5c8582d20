//! The conformance suite: every program under `tests/programs/` runs and
//! its output (stdout, then any traceback) must equal the `.py.out` file
//! beside it. Set `UPY_BLESS=1` to write missing `.out` files from upy.

mod support;

use upy_vm::SessionOptions;

#[test]
fn programs_print_their_expected_output() {
    let mut failures = vec![];
    let mut ran = 0;
    for path in support::fixtures() {
        let expected_path = path.with_extension("py.out");
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            failures.push(format!("{}: no .py.out beside it", support::rel(&path)));
            continue;
        };
        let source = std::fs::read_to_string(&path).expect("fixture readable");
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let options = SessionOptions { virtual_time: true, ..Default::default() };
        let got = support::run_program(&source, &name, path.parent(), options);
        ran += 1;
        if got != expected {
            failures.push(format!("{}\n--- expected\n{}\n--- got\n{}", support::rel(&path), expected, got));
        }
    }
    println!("{ran} programs ran, {} failed", failures.len());
    assert!(failures.is_empty(), "{} of {ran} programs differ:\n\n{}", failures.len(), failures.join("\n\n"));
}

/// The same programs with a collection at every call and backward jump:
/// any value the collector cannot see would be freed while still in use.
#[test]
fn programs_survive_constant_garbage_collection() {
    let mut failures = vec![];
    let mut ran = 0;
    for path in support::fixtures() {
        let Ok(expected) = std::fs::read_to_string(path.with_extension("py.out")) else { continue };
        let source = std::fs::read_to_string(&path).expect("fixture readable");
        if source.contains("# no-gc-stress") {
            continue;
        }
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let options = SessionOptions { virtual_time: true, gc_stress: true, ..Default::default() };
        let got = support::run_program(&source, &name, path.parent(), options);
        ran += 1;
        if got != expected {
            failures.push(format!("{}\n--- expected\n{}\n--- got\n{}", support::rel(&path), expected, got));
        }
    }
    println!("{ran} programs ran under GC stress, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "{} of {ran} programs differ under GC stress:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
