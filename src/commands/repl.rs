//! `upy repl`: a terminal on a board's REPL (`--port PORT`, a serial port,
//! `auto`, or a WebREPL `ws://HOST:8266`), or on the simulated board's
//! (`--board esp32`); Ctrl-] leaves.

use clap::Args;
use upy_device::virtual_board::{BoardOptions, VirtualBoard};
use upy_device::PortSettings;
use upy_vm::{Session, SessionOptions, SESSION_STACK_SIZE};

#[derive(Args)]
pub struct ReplArgs {
    /// The serial port, `auto`, or a WebREPL address (ws://HOST:8266).
    /// Without it (and with --board), the simulated board.
    #[arg(long, conflicts_with = "board")]
    pub port: Option<String>,
    /// The simulated board's REPL, right here: esp32, rp2 or generic.
    #[arg(long)]
    pub board: Option<String>,
    #[arg(long, default_value_t = 115_200)]
    pub baudrate: u32,
    /// WebREPL password for a ws:// port (default: UPY_WEBREPL_PASSWORD,
    /// else asked).
    #[arg(long)]
    pub password: Option<String>,
}

pub fn main(args: ReplArgs) -> i32 {
    if let Some(board) = &args.board {
        return simulated(board);
    }
    let requested = args.port.as_deref().unwrap_or("auto");
    let info = match upy_device::resolve_port(Some(requested)) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("upy repl: {e}");
            return 1;
        }
    };
    let mut settings = PortSettings::new(&info.path);
    settings.baud = args.baudrate;
    settings.password = super::password::for_port(&info.path, args.password.as_deref());
    eprintln!("connected to {} — Ctrl-] to exit", info.path);
    match upy_device::terminal::run_terminal(&settings) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("upy repl: {e}");
            1
        }
    }
}

/// The simulated board, served on a pseudo-terminal of its own for as long
/// as the terminal session lasts.
fn simulated(board: &str) -> i32 {
    let Some(found) = upy_boards::find(board) else {
        eprintln!("upy repl: unknown board '{board}' (choose from {})", upy_boards::names().join(", "));
        return 2;
    };
    let board = found.name;
    let mut options = BoardOptions::for_board(board);
    options.stack_size = SESSION_STACK_SIZE;
    let profile = board.to_string();
    let handle = match VirtualBoard::new(move || {
        Session::new(SessionOptions { board: profile.clone(), ..SessionOptions::default() })
    })
    .options(options)
    .start()
    {
        Ok(h) => h,
        Err(e) => {
            eprintln!("upy repl: {e}");
            return 1;
        }
    };
    eprintln!("simulated {board} — Ctrl-] to exit");
    let settings = PortSettings::new(handle.device_path().to_string_lossy());
    let result = upy_device::terminal::run_terminal(&settings);
    handle.stop();
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("upy repl: {e}");
            1
        }
    }
}
