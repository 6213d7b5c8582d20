//! Every input the fuzzer or a hostile program ever crashed upy with
//! (`fuzz/regressions/*.py`) goes through every target again: no panic,
//! no broken session, no hang.

use std::time::Duration;
use upy_fuzz::targets::{Ending, Runner, Target};
use upy_fuzz::watchdog::Watchdog;
use upy_fuzz::{corpus, panics};
use upy_vm::target::Interrupt;

#[test]
fn every_regression_input_ends_cleanly_in_every_target() {
    let dir = corpus::repo_root().join("fuzz/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fuzz/regressions exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the regressions are there: {}", files.len());
    let failures = std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(move || {
            panics::install();
            // Room for an unoptimised build to nest 100,000 lists deep and
            // reach the deep operation; an input that needs the interrupt
            // (a huge range) gets it after this long.
            let watchdog = Watchdog::start(Duration::from_secs(5), Duration::from_secs(120), |took| {
                eprintln!("a regression input ignored the interrupt for {took:?}");
                std::process::exit(3)
            });
            let mut failures = vec![];
            for f in &files {
                let data = std::fs::read(f).expect("readable");
                for target in Target::ALL {
                    let interrupt = Interrupt::new();
                    watchdog.arm(&interrupt);
                    let ending =
                        Runner::with_heap(target, upy_vm::runtime::heap::DEFAULT_HEAP_LIMIT).run(&data, &interrupt);
                    watchdog.disarm();
                    let name = f.file_name().unwrap().to_string_lossy();
                    if let Some(p) = panics::take() {
                        failures.push(format!("{name} ({}): panic: {p}", target.name()));
                    } else if ending == Ending::Broken {
                        failures.push(format!("{name} ({}): the session no longer runs code", target.name()));
                    }
                }
            }
            failures
        })
        .expect("spawn")
        .join()
        .expect("no panic escaped the targets");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
