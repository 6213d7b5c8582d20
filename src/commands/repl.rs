//! `upy repl --port PORT`: a terminal on the board's REPL; Ctrl-] leaves.

use clap::Args;
use upy_device::PortSettings;

#[derive(Args)]
pub struct ReplArgs {
    /// The serial port, or `auto`.
    #[arg(long, default_value = "auto")]
    pub port: String,
    #[arg(long, default_value_t = 115_200)]
    pub baudrate: u32,
}

pub fn main(args: ReplArgs) -> i32 {
    let info = match upy_device::resolve_port(Some(&args.port)) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("upy repl: {e}");
            return 1;
        }
    };
    let mut settings = PortSettings::new(&info.path);
    settings.baud = args.baudrate;
    eprintln!("connected to {} — Ctrl-] to exit", info.path);
    match upy_device::terminal::run_terminal(&settings) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("upy repl: {e}");
            1
        }
    }
}
