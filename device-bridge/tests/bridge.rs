//! The bridge (`Connection`, the client) against the virtual board on a
//! pseudo-terminal, with the script test double as the board's interpreter.

mod support;

use std::thread;
use std::time::{Duration, Instant};

use support::{Answers, Recorder, TestBoard};
use upy_device::raw_paste::SendMode;
use upy_device::virtual_board::RawPasteSupport;
use upy_device::Connection;
use upy_vm::target::{Interrupt, RunOutcome, RunRequest, Target};

fn run(conn: &mut Connection, code: &str) -> (RunOutcome, Recorder) {
    let mut rec = Recorder::default();
    let request = RunRequest { code, file_name: "<stdin>", want_result: false };
    let outcome = conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new());
    (outcome, rec)
}

fn error_of(outcome: RunOutcome) -> upy_vm::target::ErrorInfo {
    match outcome {
        RunOutcome::Error(e) => e,
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn executes_code_and_returns_its_output() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let (outcome, rec) = run(&mut conn, "print('hello')\nprint(42, 'héllo wörld')");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "hello\n42 héllo wörld\n");
    // Short code takes plain raw mode's single round trip.
    assert_eq!(conn.last_send_mode(), Some(SendMode::PlainRaw));
}

#[test]
fn a_board_exception_is_an_error_with_its_traceback() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let (outcome, rec) = run(&mut conn, "print('before')\nraise ValueError('bad value')");
    assert_eq!(rec.stdout(), "before\n");
    let err = error_of(outcome);
    assert_eq!(err.ename, "ValueError");
    assert_eq!(err.evalue, "bad value");
    assert_eq!(
        err.traceback,
        vec!["Traceback (most recent call last):", "  File \"<stdin>\", line 2, in <module>", "ValueError: bad value"]
    );
    // Run as a file, the traceback names it.
    let request = RunRequest { code: "raise OSError('x')", file_name: "blink.py", want_result: false };
    let err = error_of(conn.run(&request, &mut Recorder::default(), &mut Answers::default(), &Interrupt::new()));
    assert_eq!(err.traceback[1], "  File \"blink.py\", line 1, in <module>");
    // The connection is still good.
    let (outcome, rec) = run(&mut conn, "print('after')");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "after\n");
}

#[test]
fn output_streams_before_the_run_ends() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let started = Instant::now();
    let (outcome, rec) = run(&mut conn, "print('first')\ntime.sleep(1.5)\nprint('second')");
    let ended = Instant::now();
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    let first = rec.arrival_of("first\n").expect("first line arrived");
    assert!(first - started < Duration::from_millis(700), "first line after {:?}", first - started);
    assert!(ended - first >= Duration::from_millis(1200), "the run went on after the first line");
    assert_eq!(rec.stdout(), "first\nsecond\n");
}

#[test]
fn interrupt_stops_an_endless_loop_and_the_raw_repl_stays() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let interrupt = Interrupt::new();
    let trigger = interrupt.clone();
    let timer = thread::spawn(move || {
        thread::sleep(Duration::from_millis(300));
        trigger.trigger();
    });
    let mut rec = Recorder::default();
    let request = RunRequest { code: "while True:\n    pass\n", file_name: "<stdin>", want_result: false };
    let started = Instant::now();
    let outcome = conn.run(&request, &mut rec, &mut Answers::default(), &interrupt);
    timer.join().unwrap();
    let err = error_of(outcome);
    assert_eq!(err.ename, "KeyboardInterrupt");
    assert!(started.elapsed() < Duration::from_secs(2));
    let (outcome, rec) = run(&mut conn, "print('still here')");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "still here\n");
}

#[test]
fn raw_paste_flow_control_carries_a_long_program() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    // ~20 KB: many windows of 128 bytes, each needing the board's `\x01`.
    let code: String = (0..600).map(|i| format!("print('line {i:04} of the long program')\n")).collect();
    let (outcome, rec) = run(&mut conn, &code);
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    let expected: String = (0..600).map(|i| format!("line {i:04} of the long program\n")).collect();
    assert_eq!(rec.stdout(), expected);
    assert_eq!(conn.last_send_mode(), Some(SendMode::RawPaste));
}

#[test]
fn falls_back_to_plain_raw_mode_when_raw_paste_is_refused() {
    for support in [RawPasteSupport::Refused, RawPasteSupport::Unknown] {
        let board = TestBoard::start(support);
        let mut conn = board.connect();
        let code: String = (0..40).map(|i| format!("print('fallback {i}')\n")).collect();
        for _ in 0..2 {
            let (outcome, rec) = run(&mut conn, &code);
            assert_eq!(outcome, RunOutcome::Ok { result: None }, "{support:?}");
            assert!(rec.stdout().ends_with("fallback 39\n"), "{support:?}: {}", rec.stdout());
            assert_eq!(conn.last_send_mode(), Some(SendMode::PlainRaw), "{support:?}");
        }
    }
}

#[test]
fn soft_reset_clears_the_board_state() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let (outcome, _) = run(&mut conn, "x = 'kept'");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    let (_, rec) = run(&mut conn, "print(x)");
    assert_eq!(rec.stdout(), "kept\n");
    conn.reset().expect("soft reset");
    let err = error_of(run(&mut conn, "print(x)").0);
    assert_eq!(err.ename, "NameError");
}

#[test]
fn input_on_the_board_is_answered_by_the_input_source() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let mut rec = Recorder::default();
    let mut answers = Answers::new(&["Ada", "42"]);
    let code = "print('start')\nname = input('Name? ')\nage = input('Age? ')\nprint('Hello', name, age)\n";
    let request = RunRequest { code, file_name: "<stdin>", want_result: false };
    let outcome = conn.run(&request, &mut rec, &mut answers, &Interrupt::new());
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(answers.prompts, vec!["Name? ", "Age? "]);
    // Neither the prompt (the input source shows it) nor the board's echo.
    assert_eq!(rec.stdout(), "start\nHello Ada 42\n");
}

#[test]
fn connecting_to_a_board_that_prints_continuously() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    // A raw client starts an endless printer from the friendly REPL and
    // hangs up, leaving the board printing.
    {
        use std::io::Write;
        let mut raw = serialport::new(board.link.to_string_lossy(), 115200).open_native().unwrap();
        raw.write_all(b"\x02").unwrap();
        thread::sleep(Duration::from_millis(50));
        raw.write_all(b"while True:\r    print('spam spam spam')\r\r").unwrap();
        thread::sleep(Duration::from_millis(200));
    }
    let mut conn = board.connect();
    let (outcome, rec) = run(&mut conn, "print('quiet now')");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "quiet now\n");
}

#[test]
fn a_board_that_vanishes_mid_run_gives_a_clear_error_and_is_reconnected() {
    let mut board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    let handle = board.handle.take().unwrap();
    let unplug = thread::spawn(move || {
        thread::sleep(Duration::from_millis(300));
        handle.stop();
    });
    let started = Instant::now();
    let (outcome, rec) = run(&mut conn, "print('running')\ntime.sleep(30)\nprint('never')");
    unplug.join().unwrap();
    let err = error_of(outcome);
    assert!(started.elapsed() < Duration::from_secs(5), "no hang: {:?}", started.elapsed());
    assert_eq!(err.ename, "ConnectionError");
    assert!(err.evalue.contains("disconnected"), "{}", err.evalue);
    assert!(err.evalue.contains(&*board.link.to_string_lossy()), "{}", err.evalue);
    assert_eq!(rec.stdout(), "running\n");
    assert!(!conn.is_connected());

    // While the board is away, runs fail at once with a clear error.
    let err = error_of(run(&mut conn, "print('anyone?')").0);
    assert!(err.evalue.starts_with("cannot open"), "{}", err.evalue);
    assert!(err.evalue.contains("is the board plugged in?"), "{}", err.evalue);

    // Plugged back in: the next run reconnects.
    board.restart();
    let (outcome, rec) = run(&mut conn, "print('back')");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "back\n");
}

#[test]
fn a_silent_port_times_out_with_advice() {
    // A pseudo-terminal nobody answers on: the bridge must give up.
    let pair = nix::pty::openpty(None, None).unwrap();
    let path = nix::unistd::ttyname(&pair.slave).unwrap();
    let mut options = upy_device::ConnectOptions::new(path.to_string_lossy());
    options.timeouts.enter_raw_repl = Duration::from_secs(1);
    let started = Instant::now();
    let err = match Connection::open(options) {
        Err(e) => e,
        Ok(_) => panic!("a silent port cannot be a board"),
    };
    assert!(started.elapsed() < Duration::from_secs(4));
    let text = err.to_string();
    assert!(text.starts_with(&format!("no response from {}", path.display())), "{text}");
    assert!(text.contains("is MicroPython running? Try pressing the board's reset button"), "{text}");
    drop(pair);
}

#[test]
fn a_trailing_expression_comes_back_as_the_result() {
    // The CPython test double runs the rewritten cell (the script double
    // cannot).
    let flash = tempfile::tempdir().unwrap();
    let board = TestBoard::start_with_flash(flash.path());
    let mut conn = board.connect();
    let mut rec = Recorder::default();
    let request = RunRequest { code: "x = 20\nprint('side')\nx + 22", file_name: "<stdin>", want_result: true };
    let outcome = conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new());
    assert_eq!(outcome, RunOutcome::Ok { result: Some(vec![("text/plain".into(), "42".into())]) });
    assert_eq!(rec.stdout(), "side\n");
    // None gives no result; a statement gives none either.
    let request = RunRequest { code: "None", file_name: "<stdin>", want_result: true };
    assert_eq!(
        conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new()),
        RunOutcome::Ok { result: None }
    );
    let request = RunRequest { code: "y = 1", file_name: "<stdin>", want_result: true };
    assert_eq!(
        conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new()),
        RunOutcome::Ok { result: None }
    );
}

#[test]
fn hard_reset_reconnects() {
    // The script double does not reset on `machine.reset()`; what is tested
    // is the bridge's side: the port is dropped, reopened, the raw REPL
    // entered again.
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut conn = board.connect();
    conn.hard_reset().expect("hard reset");
    assert!(conn.is_connected());
    let (outcome, rec) = run(&mut conn, "print('after reset')");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "after reset\n");
}

/// A hand-driven fake board on a bare pseudo-terminal: it enters the raw
/// REPL, accepts one program, then "restarts" as an ESP32 does, printing its
/// boot banner instead of finishing the run.
#[test]
fn a_board_that_restarts_mid_run_is_reported_not_waited_for() {
    use std::io::{Read, Write};
    use std::os::fd::AsFd;
    let pair = nix::pty::openpty(None, None).unwrap();
    let mut termios = nix::sys::termios::tcgetattr(pair.slave.as_fd()).unwrap();
    nix::sys::termios::cfmakeraw(&mut termios);
    nix::sys::termios::tcsetattr(pair.slave.as_fd(), nix::sys::termios::SetArg::TCSANOW, &termios).unwrap();
    let path = nix::unistd::ttyname(pair.slave.as_fd()).unwrap();
    let mut master = std::fs::File::from(pair.master);
    let fake = thread::spawn(move || {
        let mut got = Vec::new();
        let mut buf = [0u8; 256];
        while !got.ends_with(b"\x01") {
            let n = master.read(&mut buf).unwrap();
            got.extend_from_slice(&buf[..n]);
        }
        master.write_all(b"\r\nraw REPL; CTRL-B to exit\r\n>").unwrap();
        got.clear();
        while !got.ends_with(b"\x04") {
            let n = master.read(&mut buf).unwrap();
            got.extend_from_slice(&buf[..n]);
        }
        master.write_all(b"OKworking...\r\n").unwrap();
        thread::sleep(Duration::from_millis(100));
        master
            .write_all(
                b"ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET),boot:0x13\r\n\
                  MicroPython v1.24.0 on 2024-10-25; ESP32 module with ESP32\r\nType \"help()\" for more information.\r\n>>> ",
            )
            .unwrap();
        thread::sleep(Duration::from_millis(500));
        master
    });
    let mut conn =
        Connection::open(upy_device::ConnectOptions::new(path.to_string_lossy())).expect("fake board answers");
    let started = Instant::now();
    let (outcome, rec) = run(&mut conn, "print('working...')\nwhile True:\n    pass\n");
    let err = error_of(outcome);
    assert!(started.elapsed() < Duration::from_secs(2), "noticed at once");
    assert_eq!(err.ename, "ConnectionError");
    assert!(err.evalue.contains("restarted during the run"), "{}", err.evalue);
    assert!(rec.stdout().starts_with("working...\n"));
    assert!(!conn.is_connected(), "the next run reconnects");
    drop(fake.join().unwrap());
    drop(pair.slave);
}
