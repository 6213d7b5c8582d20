//! `upy board`: the simulated board served on a pseudo-terminal, speaking
//! MicroPython's REPL byte for byte, so `mpremote` and `upy run --port`
//! work without hardware.

use clap::Args;
use std::path::PathBuf;
use upy_device::virtual_board::{BoardOptions, VirtualBoard};
use upy_vm::{Session, SessionOptions, SESSION_STACK_SIZE};

#[derive(Args)]
pub struct BoardArgs {
    /// Board profile: esp32, rp2 or generic.
    #[arg(long, default_value = "esp32")]
    pub board: String,
    /// Also make a symbolic link to the pseudo-terminal at PATH.
    #[arg(long)]
    pub link: Option<PathBuf>,
    /// Sleeps advance a virtual clock instantly.
    #[arg(long)]
    pub virtual_time: bool,
}

pub fn main(args: BoardArgs) -> i32 {
    let Some(profile) = upy_boards::find(&args.board) else {
        eprintln!("upy board: unknown board '{}' (choose from {})", args.board, upy_boards::names().join(", "));
        return 2;
    };
    let mut options = BoardOptions::for_board(profile.name);
    options.link = args.link.clone();
    options.stack_size = SESSION_STACK_SIZE;
    let (board, virtual_time) = (profile.name.to_string(), args.virtual_time);
    let handle = match VirtualBoard::new(move || {
        Session::new(SessionOptions { board: board.clone(), virtual_time, ..SessionOptions::default() })
    })
    .options(options)
    .start()
    {
        Ok(h) => h,
        Err(e) => {
            eprintln!("upy board: {e}");
            return 1;
        }
    };
    println!("{}", handle.path().display());
    eprintln!("simulated {} on {} — Ctrl-C to stop", args.board, handle.path().display());
    let (tx, rx) = std::sync::mpsc::channel();
    let _ = ctrlc::set_handler(move || {
        let _ = tx.send(());
    });
    let _ = rx.recv();
    if let Some(link) = &args.link {
        let _ = std::fs::remove_file(link);
    }
    handle.stop();
    0
}
