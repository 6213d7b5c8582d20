//! The VM session (`upy_vm::Session`) on a virtual board — what `upy board`
//! serves — for tests with real clients until the command line has it.
//!
//!     vm_board --link PATH [--board esp32|rp2|generic]
//!
//! Prints the device path, then serves until stdin closes or it is killed.

use std::io::Read;

use upy_device::virtual_board::{BoardOptions, VirtualBoard};
use upy_vm::{Session, SessionOptions, SESSION_STACK_SIZE};

fn main() {
    let mut link = None;
    let mut board = String::from("esp32");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--link" => link = args.next(),
            "--board" => board = args.next().unwrap_or(board),
            other => {
                eprintln!("vm_board: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    let mut options = BoardOptions::for_board(&board);
    options.link = link.map(Into::into);
    options.stack_size = SESSION_STACK_SIZE;
    let session_board = board.clone();
    let handle = VirtualBoard::new(move || {
        Session::new(SessionOptions { board: session_board.clone(), ..SessionOptions::default() })
    })
    .options(options)
    .start()
    .unwrap_or_else(|e| {
        eprintln!("vm_board: {e}");
        std::process::exit(1);
    });
    println!("{}", handle.path().display());
    let mut sink = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut sink);
    handle.stop();
}
