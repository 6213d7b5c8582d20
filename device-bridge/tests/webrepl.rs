//! WebREPL end to end: the bridge's client against the virtual board's
//! WebREPL server on localhost: log in, run code (raw REPL and raw-paste
//! over WebSocket frames), and file transfers in WebREPL's own messages.

mod support;

use std::time::Duration;

use support::cpython_target::CpythonTarget;
use support::{Answers, Recorder};
use upy_device::fs::BoardFs;
use upy_device::virtual_board::{BoardHandle, VirtualBoard};
use upy_device::webrepl::server::{serve, WebReplServer};
use upy_device::{ConnectOptions, Connection, DeviceError};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest, Target};

const PASSWORD: &str = "sesame";

struct Served {
    _board: BoardHandle,
    server: WebReplServer,
    flash: tempfile::TempDir,
}

fn start() -> Served {
    let flash = tempfile::tempdir().unwrap();
    let dir = flash.path().to_path_buf();
    let board = VirtualBoard::new(move || CpythonTarget::new(&dir)).start().expect("virtual board");
    let server = serve(board.console(), "127.0.0.1:0", PASSWORD, (1, 24, 0)).expect("WebREPL server");
    Served { _board: board, server, flash }
}

fn options(url: &str, password: &str) -> ConnectOptions {
    let mut options = ConnectOptions::new(url);
    options.port.password = Some(password.to_string());
    options
}

fn run(conn: &mut Connection, code: &str) -> (RunOutcome, String) {
    let mut rec = Recorder::default();
    let request = RunRequest { code, file_name: "<stdin>", want_result: false };
    let outcome = conn.run(&request, &mut rec, &mut Answers::default(), &Interrupt::new());
    (outcome, rec.stdout())
}

#[test]
fn code_runs_over_webrepl_with_output_errors_and_raw_paste() {
    let served = start();
    let mut conn = Connection::open(options(&served.server.url(), PASSWORD)).expect("connecting");
    let (outcome, out) = run(&mut conn, "print('over the air', 6 * 7)");
    assert_eq!((outcome, out.as_str()), (RunOutcome::Ok { result: None }, "over the air 42\n"));
    let (outcome, out) = run(&mut conn, "print('before')\nraise ValueError('bad')");
    assert_eq!(out, "before\n");
    match outcome {
        RunOutcome::Error(e) => assert_eq!((e.ename.as_str(), e.evalue.as_str()), ("ValueError", "bad")),
        other => panic!("{other:?}"),
    }
    // Several raw-paste windows, each a text frame answered by the board.
    let code: String = (0..300).map(|i| format!("print('line {i:03} héllo')\n")).collect();
    let (outcome, out) = run(&mut conn, &code);
    assert_eq!(outcome, RunOutcome::Ok { result: None });
    assert_eq!(out, (0..300).map(|i| format!("line {i:03} héllo\n")).collect::<String>());
    conn.soft_reset().expect("soft reset over WebREPL");
    conn.close();
}

#[test]
fn files_go_over_webrepls_own_messages_and_come_back_unchanged() {
    let served = start();
    let mut conn = Connection::open(options(&served.server.url(), PASSWORD)).expect("connecting");
    let data: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let mut reports = Vec::new();
    BoardFs::new(&mut conn).put_bytes(&data, "data.bin", &mut |done, total| reports.push((done, total))).expect("put");
    assert_eq!(std::fs::read(served.flash.path().join("data.bin")).unwrap(), data);
    assert!(!served.flash.path().join("data.bin.upy-tmp").exists(), "the temporary file was renamed");
    assert_eq!(reports.first(), Some(&(0, 20_000)));
    assert_eq!(reports.last(), Some(&(20_000, 20_000)));
    assert!(reports.len() > 10, "progress came in steps: {}", reports.len());
    let back = BoardFs::new(&mut conn).get_bytes("data.bin", &mut |_, _| {}).expect("get");
    assert_eq!(back, data);
    // The link still runs code after the transfers.
    let (outcome, out) = run(&mut conn, "print(len(open('data.bin', 'rb').read()))");
    assert_eq!((outcome, out.as_str()), (RunOutcome::Ok { result: None }, "20000\n"));
    // A missing file is the board's refusal, not a broken link.
    let err = BoardFs::new(&mut conn).get_bytes("missing.bin", &mut |_, _| {}).unwrap_err();
    assert!(matches!(err, DeviceError::Remote { .. }), "{err}");
    let (outcome, _) = run(&mut conn, "pass");
    assert_eq!(outcome, RunOutcome::Ok { result: None });
}

#[test]
fn a_wrong_password_is_refused_and_one_client_at_a_time() {
    let served = start();
    let err = match Connection::open(options(&served.server.url(), "wrong")) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("logged in with the wrong password"),
    };
    assert!(err.contains("refused the password"), "{err}");
    let conn = Connection::open(options(&served.server.url(), PASSWORD)).expect("connecting");
    let mut second = options(&served.server.url(), PASSWORD);
    second.timeouts.enter_raw_repl = Duration::from_secs(1);
    assert!(Connection::open(second).is_err(), "a second client is turned away");
    drop(conn);
    // Once the first has gone, the next one gets in.
    let mut again = None;
    for _ in 0..50 {
        if let Ok(c) = Connection::open(options(&served.server.url(), PASSWORD)) {
            again = Some(c);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let (outcome, out) = run(again.as_mut().expect("reconnecting"), "print('next')");
    assert_eq!((outcome, out.as_str()), (RunOutcome::Ok { result: None }, "next\n"));
}
