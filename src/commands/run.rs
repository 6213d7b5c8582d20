//! `upy run FILE | -c CODE | -`: run a program the way MicroPython's unix
//! port does: output as it is printed, a traceback on stderr and exit
//! status 1 when it raises.

use clap::Args;
use std::io::Read;
use std::path::PathBuf;
use upy_vm::runtime::io::HostStdio;
use upy_vm::target::{Interrupt, OutputSink, RunOutcome, RunRequest, Stream};
use upy_vm::{Session, SessionOptions};

#[derive(Args)]
pub struct RunArgs {
    /// The program: a file, or `-` for standard input.
    pub file: Option<String>,
    /// Program text given on the command line.
    #[arg(short = 'c', long = "command")]
    pub command: Option<String>,
    /// Board profile of the simulated board: esp32, rp2 or generic.
    #[arg(long, default_value = "generic")]
    pub board: String,
    /// Sleeps advance a virtual clock instantly.
    #[arg(long)]
    pub virtual_time: bool,
    /// Implementation options, like MicroPython's unix port: `heapsize=N`
    /// (with optional k/m suffix).
    #[arg(short = 'X')]
    pub x_options: Vec<String>,
    /// Seed the simulated flash filesystem with the files in DIR.
    #[arg(long = "fs", value_name = "DIR")]
    pub fs: Option<PathBuf>,
    /// After the run, write the flash's files back into the `--fs` folder.
    #[arg(long = "fs-save", requires = "fs")]
    pub fs_save: bool,
    /// Run on a board over its serial port (`auto` picks the only one), or
    /// its WebREPL (`ws://HOST:8266`), instead of the simulated board.
    #[arg(long)]
    pub port: Option<String>,
    #[arg(long, default_value_t = 115_200)]
    pub baudrate: u32,
    /// On a board: keep its state (no soft reset before the run).
    #[arg(long, requires = "port")]
    pub no_soft_reset: bool,
    /// WebREPL password for a ws:// port (default: UPY_WEBREPL_PASSWORD,
    /// else asked).
    #[arg(long, requires = "port")]
    pub password: Option<String>,
    /// Arguments passed to the program as `sys.argv[1:]`.
    #[arg(last = true)]
    pub args: Vec<String>,
}

pub(crate) fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim().to_ascii_lowercase();
    let (num, mul) = match s.chars().last()? {
        'k' => (&s[..s.len() - 1], 1024),
        'm' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (&s[..], 1),
    };
    num.parse::<usize>().ok().map(|n| n * mul)
}

pub fn main(args: RunArgs) -> i32 {
    let (source, file_name, dir) = match (&args.command, args.file.as_deref()) {
        (Some(c), _) => (c.clone(), "<stdin>".to_string(), std::env::current_dir().ok()),
        (None, Some("-")) => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("upy: can't read standard input");
                return 2;
            }
            (s, "<stdin>".to_string(), std::env::current_dir().ok())
        }
        (None, Some(path)) => match std::fs::read_to_string(path) {
            Ok(s) => {
                let dir = PathBuf::from(path).parent().map(|p| p.to_path_buf()).filter(|p| !p.as_os_str().is_empty());
                (s, path.to_string(), dir.or_else(|| std::env::current_dir().ok()))
            }
            Err(e) => {
                eprintln!("upy: can't open file '{path}': {e}");
                return 2;
            }
        },
        (None, None) => {
            eprintln!("upy run: give a FILE, -c CODE, or - for standard input");
            return 2;
        }
    };
    if let Some(port) = &args.port {
        let password = super::password::for_port(port, args.password.as_deref());
        return run_on_board(port, args.baudrate, password, !args.no_soft_reset, &source, &file_name);
    }
    let mut options =
        SessionOptions { board: args.board.clone(), virtual_time: args.virtual_time, ..Default::default() };
    for x in &args.x_options {
        match x.split_once('=') {
            Some(("heapsize", v)) => match parse_size(v) {
                Some(n) => options.heap_limit = n,
                None => {
                    eprintln!("upy: bad heapsize '{v}'");
                    return 2;
                }
            },
            _ => {
                eprintln!("upy: unknown -X option '{x}'");
                return 2;
            }
        }
    }
    options.host_path = dir.into_iter().collect();
    if let Some(fs_dir) = &args.fs {
        if !fs_dir.is_dir() {
            eprintln!("upy: --fs {}: not a folder", fs_dir.display());
            return 2;
        }
        options.fs_seed = Some(fs_dir.clone());
    }
    let save_to = if args.fs_save { args.fs.clone() } else { None };
    options.argv = std::iter::once(file_name.clone()).chain(args.args.iter().cloned()).collect();
    let interrupt = Interrupt::new();
    {
        let i = interrupt.clone();
        let _ = ctrlc::set_handler(move || i.trigger());
    }
    let worker = std::thread::Builder::new().stack_size(upy_vm::SESSION_STACK_SIZE).spawn(move || {
        let mut session = Session::new(options);
        if let Some(e) = session.flash_error() {
            eprintln!("upy: {e}");
        }
        let request = RunRequest { code: &source, file_name: &file_name, want_result: false };
        let outcome = session.run(&request, &mut HostStdio, &mut HostStdio, &interrupt);
        if let Some(dir) = save_to {
            if let Err(e) = upy_vm::fs::save_to_host(&mut session.vm, &dir) {
                eprintln!("upy: {e}");
            }
        }
        outcome
    });
    let outcome = match worker.map(|h| h.join()) {
        Ok(Ok(o)) => o,
        _ => {
            eprintln!("upy: the interpreter stopped unexpectedly");
            return 3;
        }
    };
    match outcome {
        RunOutcome::Ok { .. } => 0,
        RunOutcome::Error(e) => {
            if e.ename == "SystemExit" {
                return e.evalue.parse::<i32>().unwrap_or(if e.evalue.is_empty() { 0 } else { 1 });
            }
            let mut text = e.traceback.join("\n");
            text.push('\n');
            HostStdio.write(Stream::Stderr, &text);
            1
        }
    }
}

/// `upy run --port`: the same program on a real (or `upy board`) board,
/// after a soft reset (as `mpremote run` does) unless told to keep state.
fn run_on_board(
    port: &str,
    baud: u32,
    password: Option<String>,
    soft_reset: bool,
    source: &str,
    file_name: &str,
) -> i32 {
    use upy_vm::target::Target;
    let opened = upy_device::Connection::open_port_with_password(Some(port), Some(baud), password);
    let mut conn = match opened.and_then(|mut c| if soft_reset { c.soft_reset().map(|()| c) } else { Ok(c) }) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("upy: {e}");
            return 1;
        }
    };
    let interrupt = Interrupt::new();
    {
        // Ctrl-C is passed on to the board as an interrupt.
        let i = interrupt.clone();
        let _ = ctrlc::set_handler(move || i.trigger());
    }
    let request = RunRequest { code: source, file_name, want_result: false };
    let status = match conn.run(&request, &mut HostStdio, &mut HostStdio, &interrupt) {
        RunOutcome::Ok { .. } => 0,
        RunOutcome::Error(e) => {
            let mut text = e.traceback.join("\n");
            text.push('\n');
            HostStdio.write(Stream::Stderr, &text);
            1
        }
    };
    // Back to the friendly REPL, as a terminal would find the board.
    conn.close();
    status
}
