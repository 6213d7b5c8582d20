//! The bridge against a virtual board serving the real VM session
//! (`upy_vm::Session`), as `upy board` does.

mod support;

use std::thread;
use std::time::{Duration, Instant};

use support::{Answers, Recorder};
use upy_device::fs::BoardFs;
use upy_device::virtual_board::{BoardHandle, VirtualBoard};
use upy_device::{ConnectOptions, Connection};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest, Target};
use upy_vm::{Session, SessionOptions, SESSION_STACK_SIZE};

struct VmBoard {
    _dir: tempfile::TempDir,
    link: std::path::PathBuf,
    _handle: BoardHandle,
}

fn vm_board() -> VmBoard {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("vm-board");
    let handle =
        VirtualBoard::new(|| Session::new(SessionOptions { board: "esp32".into(), ..SessionOptions::default() }))
            .stack_size(SESSION_STACK_SIZE)
            .link(&link)
            .start()
            .expect("starting the VM board");
    VmBoard { _dir: dir, link, _handle: handle }
}

fn connect(board: &VmBoard) -> Connection {
    Connection::open(ConnectOptions::new(board.link.to_string_lossy())).expect("connecting")
}

fn run(conn: &mut Connection, code: &str, want_result: bool) -> (RunOutcome, Recorder) {
    let mut rec = Recorder::default();
    let request = RunRequest { code, file_name: "<stdin>", want_result };
    let outcome = conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new());
    (outcome, rec)
}

#[test]
fn runs_python_on_the_vm_board() {
    let board = vm_board();
    let mut conn = connect(&board);
    let (outcome, rec) = run(&mut conn, "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\nprint(f(10), [x * x for x in range(4)])", false);
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "45 [0, 1, 4, 9]\n");
}

#[test]
fn vm_tracebacks_come_back_whole() {
    let board = vm_board();
    let mut conn = connect(&board);
    let (outcome, _) = run(&mut conn, "def f(x):\n    return 1 / x\nf(0)", false);
    let RunOutcome::Error(err) = outcome else { panic!("expected an error: {outcome:?}") };
    assert_eq!(err.ename, "ZeroDivisionError");
    assert_eq!(err.traceback.first().map(String::as_str), Some("Traceback (most recent call last):"));
    assert!(err.traceback.iter().any(|l| l.contains("line 2, in f")), "{:?}", err.traceback);
}

#[test]
fn vm_result_of_a_trailing_expression() {
    let board = vm_board();
    let mut conn = connect(&board);
    let (outcome, _) = run(&mut conn, "x = [1, 2]\nx + [3]", true);
    assert_eq!(outcome, RunOutcome::Ok { result: Some(vec![("text/plain".into(), "[1, 2, 3]".into())]) });
}

#[test]
fn vm_interrupt_of_an_endless_loop() {
    let board = vm_board();
    let mut conn = connect(&board);
    let interrupt = Interrupt::new();
    let trigger = interrupt.clone();
    let timer = thread::spawn(move || {
        thread::sleep(Duration::from_millis(300));
        trigger.trigger();
    });
    let request = RunRequest { code: "n = 0\nwhile True:\n    n += 1\n", file_name: "<stdin>", want_result: false };
    let started = Instant::now();
    let outcome = conn.run(&request, &mut Recorder::default(), &mut Answers::default(), &interrupt);
    timer.join().unwrap();
    let RunOutcome::Error(err) = outcome else { panic!("expected KeyboardInterrupt: {outcome:?}") };
    assert_eq!(err.ename, "KeyboardInterrupt");
    assert!(started.elapsed() < Duration::from_secs(3));
    let (outcome, rec) = run(&mut conn, "print(n > 0)", false);
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(rec.stdout(), "True\n");
}

#[test]
fn vm_streams_while_sleeping() {
    let board = vm_board();
    let mut conn = connect(&board);
    let started = Instant::now();
    let (outcome, rec) = run(&mut conn, "import time\nprint('first')\ntime.sleep(1)\nprint('second')", false);
    assert_eq!(outcome, RunOutcome::Ok { result: None }, "{}", rec.stdout());
    let first = rec.arrival_of("first\n").expect("first line");
    assert!(first - started < Duration::from_millis(700), "first line after {:?}", first - started);
    assert!(started.elapsed() >= Duration::from_millis(1000));
}

#[test]
fn vm_input_is_answered_by_the_input_source() {
    let board = vm_board();
    let mut conn = connect(&board);
    let mut rec = Recorder::default();
    let mut answers = Answers::new(&["Ada"]);
    let request =
        RunRequest { code: "name = input('Name? ')\nprint('Hello', name)", file_name: "<stdin>", want_result: false };
    let outcome = conn.run(&request, &mut rec, &mut answers, &Interrupt::new());
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(answers.prompts, vec!["Name? "]);
    assert_eq!(rec.stdout(), "Hello Ada\n");
}

#[test]
fn vm_soft_reset_clears_globals() {
    let board = vm_board();
    let mut conn = connect(&board);
    run(&mut conn, "kept = 1", false);
    conn.reset().unwrap();
    let (outcome, _) = run(&mut conn, "kept", false);
    assert!(matches!(outcome, RunOutcome::Error(ref e) if e.ename == "NameError"), "{outcome:?}");
}

#[test]
fn vm_file_round_trip_of_one_megabyte() {
    let board = vm_board();
    let mut conn = connect(&board);
    let mut fs = BoardFs::new(&mut conn);
    let data: Vec<u8> = (0..1u32 << 20).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    fs.put_bytes(&data, "/big.bin", &mut |_, _| {}).expect("upload");
    let listing = fs.ls("/", false).expect("ls");
    assert!(listing.iter().any(|e| e.path == "/big.bin" && e.size == 1 << 20), "{listing:?}");
    let back = fs.get_bytes("/big.bin", &mut |_, _| {}).expect("download");
    assert!(back == data, "downloaded bytes differ");
    fs.rm("/big.bin").expect("rm");
}

#[test]
fn vm_completion_of_live_names() {
    let board = vm_board();
    let mut conn = connect(&board);
    run(&mut conn, "sensor_value = 3\nsensor_name = 'x'", false);
    let names: Vec<String> = conn.complete("sensor_").into_iter().map(|c| c.name).collect();
    assert_eq!(names, vec!["sensor_name", "sensor_value"]);
    let names: Vec<String> = conn.complete("sensor_name.up").into_iter().map(|c| c.name).collect();
    assert_eq!(names, vec!["upper"]);
    assert!(conn.complete("x; import os").is_empty(), "only names are sent to the board");
}

#[test]
fn vm_sync_uploads_only_changes_by_hash_on_the_board() {
    let board = vm_board();
    let mut conn = connect(&board);
    let local = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(local.path().join("lib")).unwrap();
    std::fs::write(local.path().join("main.py"), b"print('v1')\n").unwrap();
    std::fs::write(local.path().join("lib/util.py"), b"X = 1\n").unwrap();
    let mut fs = BoardFs::new(&mut conn);
    let first = fs.sync(local.path(), "/app", &mut |_, _| {}).expect("first sync");
    assert_eq!(first.uploaded, vec!["lib/util.py", "main.py"]);
    assert!(!first.compared_by_size_only, "the VM has hashlib.sha256");
    std::fs::write(local.path().join("main.py"), b"print('v2')\n").unwrap();
    let second = fs.sync(local.path(), "/app", &mut |_, _| {}).expect("second sync");
    assert_eq!(second.uploaded, vec!["main.py"]);
    assert_eq!(fs.cat("/app/main.py").unwrap(), b"print('v2')\n");
    let all: Vec<String> = fs.ls("/app", true).unwrap().into_iter().map(|e| e.path).collect();
    assert_eq!(all, vec!["/app/lib", "/app/lib/util.py", "/app/main.py"]);
}
