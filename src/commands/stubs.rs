//! `upy stubs export DIR --board NAME`: write the `.pyi` stubs of a board,
//! so Pylance/pyright users get the same API the simulator implements.

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Args)]
pub struct StubsArgs {
    #[command(subcommand)]
    pub command: StubsCommand,
}

#[derive(Subcommand)]
pub enum StubsCommand {
    /// Write every stub file for a board into DIR.
    Export {
        dir: PathBuf,
        /// esp32, rp2 or generic.
        #[arg(long, default_value = "esp32")]
        board: String,
    },
    /// List the modules importable on a board.
    List {
        #[arg(long, default_value = "esp32")]
        board: String,
    },
}

pub fn main(args: StubsArgs) -> i32 {
    match args.command {
        StubsCommand::Export { dir, board } => {
            let Some(profile) = upy_boards::find(&board) else {
                eprintln!("upy stubs: unknown board '{board}' (choose from {})", upy_boards::names().join(", "));
                return 2;
            };
            let board = profile.name;
            match upy_boards::stubs::export(board, &dir) {
                Ok(files) => {
                    println!("wrote {} stub files for {board} to {}", files.len(), dir.display());
                    0
                }
                Err(e) => {
                    eprintln!("upy stubs: can't write to {}: {e}", dir.display());
                    1
                }
            }
        }
        StubsCommand::List { board } => {
            let Some(profile) = upy_boards::find(&board) else {
                eprintln!("upy stubs: unknown board '{board}' (choose from {})", upy_boards::names().join(", "));
                return 2;
            };
            for m in upy_boards::stubs::stub_modules(profile.name) {
                println!("{m}");
            }
            0
        }
    }
}
