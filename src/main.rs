//! `upy`: MicroPython development from a notebook and from an editor.

mod commands;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "upy", version, about = "MicroPython development from a notebook and from an editor")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a MicroPython program on the simulated board (or a real one).
    Run(commands::run::RunArgs),
    /// Board stubs (.pyi) for editors and type checkers.
    Stubs(commands::stubs::StubsArgs),
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run(args) => commands::run::main(args),
        Command::Stubs(args) => commands::stubs::main(args),
    };
    std::process::exit(code);
}
