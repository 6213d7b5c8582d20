//! The interrupt stops native loops whose length the program chooses, not
//! only the bytecode loop: `sum(range(2**63 - 1))` is one instruction
//! (found by the fuzzer: a run that ignored the interrupt).

mod support;

use std::time::{Duration, Instant};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest};
use upy_vm::{Session, SessionOptions};

fn interrupted_after(code: &str, after: Duration) -> (String, Duration) {
    let code = code.to_string();
    std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(move || {
            let mut s = Session::new(SessionOptions::default());
            let interrupt = Interrupt::new();
            let trigger = interrupt.clone();
            let started = Instant::now();
            let watchdog = std::thread::spawn(move || {
                std::thread::sleep(after);
                trigger.trigger();
            });
            let mut cap = support::Capture::default();
            let req = RunRequest { code: &code, file_name: "<stdin>", want_result: false };
            let out = s.run(&req, &mut cap, &mut support::NoInput, &interrupt);
            let took = started.elapsed();
            watchdog.join().unwrap();
            let ename = match out {
                RunOutcome::Error(e) => e.ename,
                RunOutcome::Ok { .. } => "no error".into(),
            };
            (ename, took)
        })
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn native_loops_over_huge_iterables_are_interruptible() {
    for code in [
        "sum(range(2**63 - 1))",
        "any(x < 0 for x in range(2**62))",
        "all(range(1, 2**62))",
        "max(range(2**62))",
        "min(iter(range(2**62)))",
        "for _ in map(abs, range(2**62)): pass",
        "l = []\nl.extend(x for x in range(2**62) if x < 0)",
        "''.join(str(x)[:0] for x in range(2**62))",
        "sorted(x for x in range(2**62) if x < 0)",
    ] {
        let (ename, took) = interrupted_after(code, Duration::from_millis(200));
        assert_eq!(ename, "KeyboardInterrupt", "{code}");
        assert!(took < Duration::from_secs(20), "{code} took {took:?}");
    }
}
