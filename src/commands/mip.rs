//! `upy mip install NAME[@VERSION]… [--target DIR]`: micropython-lib
//! packages, `github:` packages and URLs onto a board, as `mpremote mip`.

use clap::{Args, Subcommand};
use upy_device::fs::BoardFs;
use upy_device::mip::fetch::Http;
use upy_device::mip::{install, Note, Options, DEFAULT_INDEX};
use upy_device::Connection;

use super::progress::progress_bar;

#[derive(Args)]
pub struct MipArgs {
    /// The serial port, `auto`, or a WebREPL address (ws://HOST:8266).
    #[arg(long, default_value = "auto", global = true)]
    pub port: String,
    #[arg(long, default_value_t = 115_200, global = true)]
    pub baudrate: u32,
    /// WebREPL password for a ws:// port (default: UPY_WEBREPL_PASSWORD,
    /// else asked).
    #[arg(long, global = true)]
    pub password: Option<String>,
    #[command(subcommand)]
    pub command: MipCommand,
}

#[derive(Subcommand)]
pub enum MipCommand {
    /// Install packages: NAME[@VERSION] from the index,
    /// github:ORG/REPO[/PATH][@BRANCH], gitlab:…, or an http(s) URL.
    Install {
        #[arg(required = true)]
        packages: Vec<String>,
        /// Folder on the board (default: the `lib` folder on its sys.path).
        #[arg(long)]
        target: Option<String>,
        /// The package index.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: String,
        /// Install sources (.py) even when the board runs compiled .mpy files.
        #[arg(long)]
        no_mpy: bool,
    },
}

pub fn main(args: MipArgs) -> i32 {
    let MipCommand::Install { packages, target, index, no_mpy } = &args.command;
    let password = super::password::for_port(&args.port, args.password.as_deref());
    let mut conn = match Connection::open_port_with_password(Some(&args.port), Some(args.baudrate), password) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("upy mip: {e}");
            return 1;
        }
    };
    let options = Options { index: index.clone(), target: target.clone(), mpy: !no_mpy };
    let mut fs = BoardFs::new(&mut conn);
    for package in packages {
        let mut label = String::new();
        let mut bar: Option<Box<dyn FnMut(u64, u64)>> = None;
        let mut notes = |note: Note| match note {
            Note::Package { what, target } => println!("Installing {what} to {target}"),
            Note::Exists { path } => println!("Exists: {path}"),
            Note::Installing { path, bytes } => {
                println!("Installing: {path} ({bytes} bytes)");
                label = path;
                bar = None;
            }
            Note::Progress { done, total } => {
                let draw = bar.get_or_insert_with(|| Box::new(progress_bar(label.clone())));
                draw(done, total);
            }
        };
        if let Err(e) = install(&mut fs, &Http::default(), package, &options, &mut notes) {
            eprintln!("upy mip: {e}\nThe package may be partly installed.");
            return 1;
        }
    }
    println!("Done");
    conn.close();
    0
}
