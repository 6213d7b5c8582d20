//! `upy board`: the simulated board served on a pseudo-terminal, speaking
//! MicroPython's REPL byte for byte, so `mpremote` and `upy run --port`
//! work without hardware; with `--webrepl PORT`, also over WebREPL on
//! localhost, as an ESP32 on Wi-Fi serves it.
//!
//! Each running board is registered in the user's runtime folder, so
//! `upy ports` lists it and `--port auto` finds it.

use clap::Args;
use std::path::PathBuf;
use upy_device::registry;
use upy_device::virtual_board::{BoardOptions, Quirks, VirtualBoard};
use upy_device::webrepl::server;
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
    /// Also serve the board's REPL over WebREPL on 127.0.0.1:PORT (8266 on
    /// a board; 0 picks a free port).
    #[arg(long, value_name = "PORT")]
    pub webrepl: Option<u16>,
    /// The WebREPL password (1 to 9 characters; default from
    /// UPY_WEBREPL_PASSWORD).
    #[arg(long, requires = "webrepl")]
    pub password: Option<String>,
    /// Behave like awkward boards when a port opens, for testing clients:
    /// slow (answers 1.5 s late), chatty (prints a log first), reset
    /// (restarts, as ESP32 boards on DTR/RTS), comma-separated.
    #[arg(long, value_name = "LIST")]
    pub quirks: Option<String>,
}

pub fn main(args: BoardArgs) -> i32 {
    let Some(profile) = upy_boards::find(&args.board) else {
        eprintln!("upy board: unknown board '{}' (choose from {})", args.board, upy_boards::names().join(", "));
        return 2;
    };
    let mut options = BoardOptions::for_board(profile.name);
    options.link = args.link.clone();
    options.stack_size = SESSION_STACK_SIZE;
    if let Some(quirks) = &args.quirks {
        match Quirks::parse(quirks) {
            Ok(q) => options.quirks = q,
            Err(e) => {
                eprintln!("upy board: {e}");
                return 2;
            }
        }
    }
    let password = args.password.clone().or_else(|| std::env::var(upy_device::port::PASSWORD_ENV).ok());
    if args.webrepl.is_some() && password.is_none() {
        eprintln!("upy board: --webrepl needs --password (or {})", upy_device::port::PASSWORD_ENV);
        return 2;
    }
    let version = server::version_of(&options.version);
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
    let webrepl = match (args.webrepl, password) {
        (Some(port), Some(password)) => {
            match server::serve(handle.console(), &format!("127.0.0.1:{port}"), &password, version) {
                Ok(s) => Some(s),
                Err(e) => {
                    eprintln!("upy board: {e}");
                    return 1;
                }
            }
        }
        _ => None,
    };
    let path = handle.path().display().to_string();
    let running = registry::this_process(
        path.clone(),
        handle.device_path().display().to_string(),
        profile.name.to_string(),
        webrepl.as_ref().map(|w| w.url()),
    );
    let registration = match registry::register(&running) {
        Ok(r) => Some(r),
        Err(e) => {
            eprintln!("upy board: not listed by `upy ports`: {e}");
            None
        }
    };
    println!("{path}");
    if let Some(w) = &webrepl {
        println!("{}", w.url());
    }
    let also = webrepl.as_ref().map(|w| format!(" and {}", w.url())).unwrap_or_default();
    eprintln!("simulated {} on {path}{also} — Ctrl-C to stop", profile.name);
    let (tx, rx) = std::sync::mpsc::channel();
    let _ = ctrlc::set_handler(move || {
        let _ = tx.send(());
    });
    let _ = rx.recv();
    drop(registration);
    drop(webrepl);
    if let Some(link) = &args.link {
        let _ = std::fs::remove_file(link);
    }
    handle.stop();
    0
}
