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

/// A program that swallows `KeyboardInterrupt` in a loop outlives any
/// number of interrupts; a stop passes every handler, and the session's
/// next run catches exceptions as usual.
#[test]
fn a_stop_ends_a_program_that_swallows_interrupts() {
    std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(|| {
            let mut s = Session::new(SessionOptions::default());
            let swallowers = [
                "while True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass",
                "while True:\n    try:\n        while True: pass\n    finally:\n        continue",
                "def g():\n    while True:\n        try:\n            while True: pass\n        except BaseException:\n            yield 1\nfor _ in g(): pass",
            ];
            for code in swallowers {
                let interrupt = Interrupt::new();
                let trigger = interrupt.clone();
                let watchdog = std::thread::spawn(move || {
                    for _ in 0..5 {
                        std::thread::sleep(Duration::from_millis(50));
                        trigger.trigger();
                    }
                    trigger.stop();
                });
                let mut cap = support::Capture::default();
                let req = RunRequest { code, file_name: "<stdin>", want_result: false };
                let started = Instant::now();
                let out = s.run(&req, &mut cap, &mut support::NoInput, &interrupt);
                let took = started.elapsed();
                watchdog.join().unwrap();
                assert!(matches!(&out, RunOutcome::Error(e) if e.ename == "KeyboardInterrupt"), "{code}: {out:?}");
                // The interrupts were swallowed: only the stop ended it.
                assert!(took >= Duration::from_millis(240), "{code} ended after {took:?}");
                let after = "try:\n    1/0\nexcept ZeroDivisionError:\n    print('caught')";
                let req = RunRequest { code: after, file_name: "<stdin>", want_result: false };
                let mut cap = support::Capture::default();
                let out = s.run(&req, &mut cap, &mut support::NoInput, &Interrupt::new());
                assert!(matches!(out, RunOutcome::Ok { .. }) && cap.out == "caught\n", "{code}: {}", cap.out);
            }
        })
        .unwrap()
        .join()
        .unwrap();
}
