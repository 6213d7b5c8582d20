//! asyncio and `time` on the VM's clock: in virtual time, tasks wake at
//! exactly their deadlines (and an hour of sleeping takes milliseconds);
//! in real time, sleeps really wait and Ctrl-C ends them.

use std::time::{Duration, Instant};
use upy_vm::target::{Interrupt, NoInput, OutputSink, RunOutcome, RunRequest, Stream};
use upy_vm::{Session, SessionOptions};

#[derive(Default)]
struct Capture(String);

impl OutputSink for Capture {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.0.push_str(text);
    }
}

/// Run `code` in a fresh session; (output, error name if it raised).
fn run_with(code: &str, virtual_time: bool, interrupt: Interrupt) -> (String, Option<String>) {
    let code = code.to_string();
    std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(move || {
            let mut s = Session::new(SessionOptions { virtual_time, ..Default::default() });
            let mut out = Capture::default();
            let req = RunRequest { code: &code, file_name: "<test>", want_result: false };
            let err = match s.run(&req, &mut out, &mut NoInput, &interrupt) {
                RunOutcome::Ok { .. } => None,
                RunOutcome::Error(e) => {
                    out.0.push_str(&e.traceback.join("\n"));
                    Some(e.ename)
                }
            };
            (out.0, err)
        })
        .expect("spawn")
        .join()
        .expect("session thread")
}

fn run_virtual(code: &str) -> String {
    let (out, err) = run_with(code, true, Interrupt::new());
    assert!(err.is_none(), "program raised:\n{out}");
    out
}

const CLOCK: &str = "
import asyncio, time
T0 = time.ticks_ms()
def now():
    return time.ticks_diff(time.ticks_ms(), T0)
";

#[test]
fn three_sleepers_finish_in_order_at_their_deadlines() {
    let out = run_virtual(&format!(
        "{CLOCK}
async def sleeper(ms):
    await asyncio.sleep_ms(ms)
    print(ms, now())
async def main():
    await asyncio.gather(sleeper(300), sleeper(100), sleeper(200))
    print('all', now())
asyncio.run(main())
"
    ));
    assert_eq!(out, "100 100\n200 200\n300 300\nall 300\n");
}

#[test]
fn an_hour_of_virtual_sleep_is_instant() {
    let start = Instant::now();
    let out = run_virtual(&format!(
        "{CLOCK}
async def main():
    for _ in range(60):
        await asyncio.sleep(60)
    print(now() // 1000)
asyncio.run(main())
time.sleep(3600)
print(now() // 1000)
"
    ));
    assert_eq!(out, "3600\n7200\n");
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
}

#[test]
fn periodic_tasks_interleave_deterministically() {
    let program = format!(
        "{CLOCK}
log = []
async def every(ms, name, n):
    for _ in range(n):
        await asyncio.sleep_ms(ms)
        log.append((now(), name))
async def main():
    await asyncio.gather(every(30, 'a', 4), every(50, 'b', 3), every(70, 'c', 2))
asyncio.run(main())
print(log)
"
    );
    let first = run_virtual(&program);
    assert_eq!(
        first,
        "[(30, 'a'), (50, 'b'), (60, 'a'), (70, 'c'), (90, 'a'), (100, 'b'), (120, 'a'), (140, 'c'), (150, 'b')]\n"
    );
    assert_eq!(run_virtual(&program), first, "virtual time must be deterministic");
}

#[test]
fn timeouts_and_cancellation_happen_at_exact_instants() {
    let out = run_virtual(&format!(
        "{CLOCK}
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled at', now())
        raise
async def main():
    try:
        await asyncio.wait_for(slow(), 0.25)
    except asyncio.TimeoutError:
        print('timeout at', now())
    t = asyncio.create_task(slow())
    await asyncio.sleep_ms(40)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('done at', now())
asyncio.run(main())
"
    ));
    assert_eq!(out, "cancelled at 250\ntimeout at 250\ncancelled at 290\ndone at 290\n");
}

#[test]
fn events_wake_waiters_when_set() {
    let out = run_virtual(&format!(
        "{CLOCK}
ev = asyncio.Event()
async def waiter(n):
    await ev.wait()
    print(n, now())
async def setter():
    await asyncio.sleep_ms(125)
    ev.set()
async def main():
    await asyncio.gather(waiter('x'), waiter('y'), setter())
asyncio.run(main())
"
    ));
    assert_eq!(out, "x 125\ny 125\n");
}

#[test]
fn real_time_sleeps_really_wait() {
    let start = Instant::now();
    let (out, err) = run_with(
        "
import asyncio, time
async def s(ms):
    await asyncio.sleep_ms(ms)
    print(ms)
async def main():
    await asyncio.gather(s(60), s(20), s(40))
asyncio.run(main())
time.sleep_ms(30)
",
        false,
        Interrupt::new(),
    );
    assert!(err.is_none(), "{out}");
    assert_eq!(out, "20\n40\n60\n");
    let took = start.elapsed();
    assert!(took >= Duration::from_millis(90), "finished too soon: {took:?}");
    assert!(took < Duration::from_secs(3), "took too long: {took:?}");
}

#[test]
fn an_interrupt_ends_a_real_sleep() {
    for code in [
        "import time\ntime.sleep(30)\n",
        "import asyncio\nasync def main():\n    await asyncio.sleep(30)\nasyncio.run(main())\n",
    ] {
        let interrupt = Interrupt::new();
        let trigger = interrupt.clone();
        let start = Instant::now();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            trigger.trigger();
        });
        let (out, err) = run_with(code, false, interrupt);
        assert_eq!(err.as_deref(), Some("KeyboardInterrupt"), "{out}");
        assert!(start.elapsed() < Duration::from_secs(5), "interrupt took {:?}", start.elapsed());
    }
}
