//! The bridge against boards that misbehave when the port opens: slow to
//! answer, chatty, resetting (the virtual board's quirks). Each connects,
//! runs code and gets exactly its output, as against a well-behaved board.

mod support;

use std::time::{Duration, Instant};

use support::script_target::ScriptTarget;
use support::{Answers, Recorder};
use upy_device::virtual_board::{BoardHandle, Quirks, VirtualBoard};
use upy_device::{ConnectOptions, Connection};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest, Target};

fn start(quirks: Quirks) -> (BoardHandle, tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("board");
    let handle = VirtualBoard::new(ScriptTarget::new).quirks(quirks).link(&link).start().expect("virtual board");
    (handle, dir, link.to_string_lossy().into_owned())
}

fn run(conn: &mut Connection, code: &str) -> (RunOutcome, String) {
    let mut rec = Recorder::default();
    let request = RunRequest { code, file_name: "<stdin>", want_result: false };
    let outcome = conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new());
    (outcome, rec.stdout())
}

fn connect(path: &str) -> Connection {
    Connection::open(ConnectOptions::new(path)).expect("connecting")
}

#[test]
fn a_board_that_answers_late_is_waited_for() {
    let late = Duration::from_millis(1500);
    let (_board, _dir, path) = start(Quirks { answer_late: Some(late), ..Quirks::default() });
    for round in 0..2 {
        let started = Instant::now();
        let mut conn = connect(&path);
        assert!(started.elapsed() >= late, "round {round}: the board held its answer");
        // Asked again after a second of silence, the board answered both
        // requests: the second raw prompt is not mistaken for an answer.
        let (outcome, out) = run(&mut conn, "print('late but here')");
        assert_eq!(outcome, RunOutcome::Ok { result: None }, "round {round}");
        assert_eq!(out, "late but here\n");
        let long: String = (0..40).map(|i| format!("print('line {i}')\n")).collect();
        let (outcome, out) = run(&mut conn, &long);
        assert_eq!(outcome, RunOutcome::Ok { result: None });
        assert!(out.ends_with("line 39\n"), "{out}");
        conn.soft_reset().expect("soft reset");
        let (outcome, out) = run(&mut conn, "print('after reset')");
        assert_eq!((outcome, out.as_str()), (RunOutcome::Ok { result: None }, "after reset\n"));
        conn.close();
    }
}

#[test]
fn a_chatty_board_is_talked_through() {
    let (_board, _dir, path) = start(Quirks { chatty: true, ..Quirks::default() });
    for _ in 0..3 {
        let mut conn = connect(&path);
        let (outcome, out) = run(&mut conn, "print('through the noise')");
        assert_eq!(outcome, RunOutcome::Ok { result: None });
        assert_eq!(out, "through the noise\n");
        conn.close();
    }
}

#[test]
fn a_board_that_resets_on_open_is_caught_after_its_boot() {
    let boot = Duration::from_millis(700);
    let (_board, _dir, path) = start(Quirks { reset_on_open: Some(boot), ..Quirks::default() });
    let started = Instant::now();
    let mut conn = connect(&path);
    assert!(started.elapsed() >= boot, "the first request was lost while it booted");
    let (outcome, _) = run(&mut conn, "kept = 'no'");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    let (outcome, out) = run(&mut conn, "print(kept)");
    assert_eq!((outcome, out.as_str()), (RunOutcome::Ok { result: None }, "no\n"));
    conn.close();
    // Opening the port again resets the board: its state is gone.
    let mut conn = connect(&path);
    let (outcome, _) = run(&mut conn, "print(kept)");
    match outcome {
        RunOutcome::Error(e) => assert_eq!(e.ename, "NameError"),
        other => panic!("state survived a reset: {other:?}"),
    }
}

#[test]
fn all_three_at_once() {
    let quirks = Quirks {
        answer_late: Some(Duration::from_millis(400)),
        chatty: true,
        reset_on_open: Some(Duration::from_millis(300)),
    };
    let (_board, _dir, path) = start(quirks);
    let mut conn = connect(&path);
    let (outcome, out) = run(&mut conn, "print('all quirks')");
    assert_eq!((outcome, out.as_str()), (RunOutcome::Ok { result: None }, "all quirks\n"));
}
