//! The virtual board's REPL, byte for byte, as a terminal or `mpremote`
//! sees it (the script test double stands in for the interpreter).

mod support;

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use support::TestBoard;
use upy_device::virtual_board::RawPasteSupport;

struct RawClient {
    port: serialport::TTYPort,
}

impl RawClient {
    fn open(board: &TestBoard) -> RawClient {
        let mut port = serialport::new(board.link.to_string_lossy(), 115200)
            .timeout(Duration::from_millis(20))
            .open_native()
            .expect("opening the board");
        // Drop the power-on banner and anything else already sent.
        quiet_read(&mut port);
        RawClient { port }
    }

    /// Send bytes and return everything the board answers until it has been
    /// quiet for a while.
    fn send(&mut self, bytes: &[u8]) -> String {
        String::from_utf8(self.send_bytes(bytes)).expect("UTF-8 answer")
    }

    fn send_bytes(&mut self, bytes: &[u8]) -> Vec<u8> {
        self.port.write_all(bytes).unwrap();
        quiet_read(&mut self.port)
    }

    /// Send bytes and collect the answer for a fixed time (the board may
    /// never fall quiet).
    fn send_for(&mut self, bytes: &[u8], time: Duration) -> String {
        self.port.write_all(bytes).unwrap();
        let mut got = Vec::new();
        let mut buf = [0u8; 1024];
        let started = Instant::now();
        while started.elapsed() < time {
            if let Ok(n) = self.port.read(&mut buf) {
                got.extend_from_slice(&buf[..n]);
            }
        }
        String::from_utf8_lossy(&got).into_owned()
    }
}

/// Everything until 250 ms of silence (at most 5 s).
fn quiet_read(port: &mut serialport::TTYPort) -> Vec<u8> {
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    let started = Instant::now();
    let mut last = Instant::now();
    while last.elapsed() < Duration::from_millis(250) && started.elapsed() < Duration::from_secs(5) {
        match port.read(&mut buf) {
            Ok(n) if n > 0 => {
                got.extend_from_slice(&buf[..n]);
                last = Instant::now();
            }
            _ => {}
        }
    }
    got
}

const BANNER: &str =
    "MicroPython v1.24.0 on 2024-10-25; ESP32 module with ESP32\r\nType \"help()\" for more information.\r\n";

#[test]
fn friendly_repl_banner_prompt_and_echo() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    assert_eq!(c.send(b"\x02"), format!("\r\n{BANNER}>>> "));
    assert_eq!(c.send(b"print('hi')\r"), "print('hi')\r\nhi\r\n>>> ");
    // A bare expression echoes its value, as in the REPL.
    assert_eq!(c.send(b"'abc'\r"), "'abc'\r\n'abc'\r\n>>> ");
    // Ctrl-C at the prompt: a fresh prompt.
    assert_eq!(c.send(b"\x03"), "\r\n>>> ");
    // Backspace rubs out the last character (cursor back, erase to end).
    assert_eq!(c.send(b"12\x7f3\r"), "12\x08\x1b[K3\r\n13\r\n>>> ");
    // Left arrow, insertion (the rest of the line redrawn), End.
    assert_eq!(c.send(b"'ac\x1b[Db\x1b[F'\r"), "'ac\x08bc\x08c'\r\n'abc'\r\n>>> ");
    // Up arrow recalls the last line.
    assert_eq!(c.send(b"\x1b[A"), "'abc'");
    assert_eq!(c.send(b"\r"), "\r\n'abc'\r\n>>> ");
}

#[test]
fn friendly_repl_continuation_and_errors() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    c.send(b"\x02");
    // Auto-indent after the colon; typed indentation replaces it (a pasted
    // block keeps its own) and turns it off for the statement.
    assert_eq!(c.send(b"while True:\r"), "while True:\r\n...     ");
    assert_eq!(c.send(b"    print('x')\r"), "\x08\x08\x08   print('x')\r\n... ");
    let answer = c.send_for(b"\r", Duration::from_millis(300));
    assert!(answer.starts_with("\r\nx\r\nx\r\n"), "{answer:?}");
    let answer = c.send_for(b"\x03", Duration::from_millis(500));
    assert!(
        answer.ends_with("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nKeyboardInterrupt: \r\n>>> "),
        "{answer:?}"
    );
    assert_eq!(
        c.send(b"raise OSError('boom')\r"),
        "raise OSError('boom')\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nOSError: boom\r\n>>> "
    );
}

#[test]
fn auto_indent_carries_the_block_until_two_blank_lines() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    c.send(b"\x02");
    assert_eq!(c.send(b"while True:\r"), "while True:\r\n...     ");
    assert_eq!(c.send(b"print('y')\r"), "print('y')\r\n...     ");
    // Enter on an indented blank line keeps the block open, as on a board;
    // the second blank line gets no indent, and Enter on it runs the loop.
    assert_eq!(c.send(b"\r"), "\r\n...     ");
    assert_eq!(c.send(b"\r"), "\r\n... ");
    let answer = c.send_for(b"\r", Duration::from_millis(300));
    assert!(answer.starts_with("\r\ny\r\ny\r\n"), "{answer:?}");
    let answer = c.send_for(b"\x03", Duration::from_millis(500));
    assert!(answer.ends_with("KeyboardInterrupt: \r\n>>> "), "{answer:?}");
    // Backspace right after auto-indent removes a whole level.
    assert_eq!(c.send(b"while True:\r"), "while True:\r\n...     ");
    assert_eq!(c.send(b"\x7f"), "\x08\x08\x08\x08\x1b[K");
    assert_eq!(c.send(b"\x03"), "\r\n>>> ");
}

#[test]
fn paste_mode_and_soft_reset() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    c.send(b"\x02");
    assert_eq!(c.send(b"\x05"), "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    assert_eq!(c.send(b"x = 'pasted'\rprint(x)\r"), "x = 'pasted'\r\n=== print(x)\r\n=== ");
    assert_eq!(c.send(b"\x04"), "\r\npasted\r\n>>> ");
    assert_eq!(c.send(b"\x04"), format!("\r\nMPY: soft reboot\r\n{BANNER}>>> "));
    let after = c.send(b"print(x)\r");
    assert!(after.contains("NameError: name 'x' isn't defined"), "{after:?}");
}

#[test]
fn raw_repl_framing() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    c.send(b"\x02");
    assert_eq!(c.send(b"\x01"), "\r\nraw REPL; CTRL-B to exit\r\n>");
    assert_eq!(c.send(b"print('out')\x04"), "OKout\r\n\x04\x04>");
    assert_eq!(
        c.send(b"raise ValueError('v')\x04"),
        "OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nValueError: v\r\n\x04>"
    );
    // Ctrl-C clears a half-typed command; Ctrl-A restarts the raw REPL.
    assert_eq!(c.send(b"garbage\x03print(1)\x04"), "OK1\r\n\x04\x04>");
    assert_eq!(c.send(b"\x01"), "raw REPL; CTRL-B to exit\r\n>");
    // Ctrl-D on an empty line: soft reset, back in the raw REPL.
    assert_eq!(c.send(b"\x04"), "OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>");
    // Ctrl-B: the friendly REPL.
    assert_eq!(c.send(b"\x02"), format!("\r\n{BANNER}>>> "));
}

#[test]
fn raw_paste_mode_with_flow_control() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    c.send(b"\r\x01");
    // R\x01, window 128 little-endian, and a first window increment.
    assert_eq!(c.send_bytes(b"\x05A\x01"), b"R\x01\x80\x00\x01");
    let code = "print('a')\n".repeat(30); // 330 bytes: two more windows.
    assert_eq!(c.send(code.as_bytes()), "\x01\x01");
    let answer = c.send(b"\x04");
    assert_eq!(answer, format!("\x04{}\x04\x04>", "a\r\n".repeat(30)));
    // Ctrl-C while sending abandons the code with a KeyboardInterrupt.
    assert_eq!(c.send_bytes(b"\x05A\x01"), b"R\x01\x80\x00\x01");
    assert_eq!(c.send(b"print(1)\x03"), "\x04\x04KeyboardInterrupt: \r\n\x04>");
}

#[test]
fn raw_paste_can_be_refused() {
    let board = TestBoard::start(RawPasteSupport::Refused);
    let mut c = RawClient::open(&board);
    c.send(b"\r\x01");
    assert_eq!(c.send(b"\x05A\x01"), "R\x00>");
    let board = TestBoard::start(RawPasteSupport::Unknown);
    let mut c = RawClient::open(&board);
    c.send(b"\r\x01");
    assert_eq!(c.send(b"\x05A\x01"), "raw REPL; CTRL-B to exit\r\n>");
}

#[test]
fn input_reads_a_line_with_echo() {
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let mut c = RawClient::open(&board);
    c.send(b"\r\x01");
    assert_eq!(c.send(b"name = input('Who? ')\nprint('Hi', name)\x04"), "OKWho? ");
    assert_eq!(c.send(b"Bob\r"), "Bob\r\nHi Bob\r\n\x04\x04>");
}

#[test]
fn the_link_goes_when_the_board_stops() {
    let mut board = TestBoard::start(RawPasteSupport::Enabled);
    assert!(std::fs::symlink_metadata(&board.link).is_ok());
    board.stop();
    assert!(std::fs::symlink_metadata(&board.link).is_err());
}

#[test]
fn terminal_passthrough_until_ctrl_bracket() {
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Screen(Arc<Mutex<Vec<u8>>>);
    impl Write for Screen {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    // Keys arrive slowly, as typed, so the board answers in between.
    struct Typing(Vec<&'static [u8]>);
    impl Read for Typing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            std::thread::sleep(Duration::from_millis(200));
            if self.0.is_empty() {
                return Ok(0);
            }
            let keys = self.0.remove(0);
            buf[..keys.len()].copy_from_slice(keys);
            Ok(keys.len())
        }
    }
    let board = TestBoard::start(RawPasteSupport::Enabled);
    let port = upy_device::port::Port::open(&upy_device::PortSettings::new(board.link.to_string_lossy())).unwrap();
    let screen = Screen::default();
    let keys = Typing(vec![b"\x02", b"print('typed')\r", b"\x1dprint('never sent')\r"]);
    upy_device::terminal::passthrough(port, keys, screen.clone()).unwrap();
    let text = String::from_utf8_lossy(&screen.0.lock().unwrap()).into_owned();
    assert!(text.contains(">>> print('typed')\r\ntyped\r\n>>> "), "{text:?}");
    assert!(!text.contains("never sent"));
}
