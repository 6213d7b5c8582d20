//! A virtual board whose interpreter is one of the TEST DOUBLES of
//! `tests/support/` — for protocol tests with real clients such as
//! `mpremote` before the VM session exists:
//!
//! - `--interpreter script` (default): `script_target.rs`, a few statements;
//! - `--interpreter cpython --flash DIR`: CPython with DIR as the flash, for
//!   file transfer.
//!
//!     cargo run -p upy-device --example test_board -- --link /tmp/board [--raw-paste enabled|refused|unknown]
//!
//! Prints the device path, then serves until stdin closes or it is killed.

#[path = "../tests/support/cpython_target.rs"]
mod cpython_target;
#[path = "../tests/support/script_target.rs"]
mod script_target;

use std::io::Read;
use std::path::PathBuf;

use upy_device::virtual_board::{BoardHandle, RawPasteSupport, VirtualBoard};
use upy_device::DeviceError;

fn usage(message: &str) -> ! {
    eprintln!("test_board: {message}");
    std::process::exit(2);
}

fn main() {
    let mut link: Option<PathBuf> = None;
    let mut raw_paste = RawPasteSupport::Enabled;
    let mut interpreter = String::from("script");
    let mut flash: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--link" => link = args.next().map(PathBuf::from),
            "--flash" => flash = args.next().map(PathBuf::from),
            "--interpreter" => interpreter = args.next().unwrap_or_default(),
            "--raw-paste" => {
                raw_paste = match args.next().as_deref() {
                    Some("enabled") => RawPasteSupport::Enabled,
                    Some("refused") => RawPasteSupport::Refused,
                    Some("unknown") => RawPasteSupport::Unknown,
                    other => usage(&format!("--raw-paste takes enabled, refused or unknown, not {other:?}")),
                }
            }
            other => usage(&format!("unknown argument {other}")),
        }
    }
    let started: Result<BoardHandle, DeviceError> = match interpreter.as_str() {
        "script" => {
            let mut board = VirtualBoard::new(script_target::ScriptTarget::new).raw_paste(raw_paste);
            if let Some(link) = &link {
                board = board.link(link);
            }
            board.start()
        }
        "cpython" => {
            let Some(flash) = flash else { usage("--interpreter cpython needs --flash DIR") };
            let mut board = VirtualBoard::new(move || cpython_target::CpythonTarget::new(&flash)).raw_paste(raw_paste);
            if let Some(link) = &link {
                board = board.link(link);
            }
            board.start()
        }
        other => usage(&format!("--interpreter takes script or cpython, not {other}")),
    };
    let handle = started.unwrap_or_else(|e| {
        eprintln!("test_board: {e}");
        std::process::exit(1);
    });
    println!("{}", handle.path().display());
    // Serve until whoever started us closes our stdin.
    let mut sink = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut sink);
    handle.stop();
}
