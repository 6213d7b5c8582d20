//! `upy`: MicroPython development from a notebook and from an editor.

mod commands;
mod lsp_runner;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// The language server on stdio (editors start it).
    Lsp(commands::lsp::LspArgs),
    /// The Jupyter kernel (Jupyter starts it with -f), and its kernelspec.
    Kernel(commands::kernel::KernelArgs),
    /// Serve the simulated board on a pseudo-terminal (for mpremote and --port).
    Board(commands::board::BoardArgs),
    /// List serial ports and the boards on them.
    Ports(commands::ports::PortsArgs),
    /// A terminal on a board's REPL (Ctrl-] to exit).
    Repl(commands::repl::ReplArgs),
    /// Files on a board: ls, cat, put, get, rm, mkdir, rmdir, df, sync.
    Fs(commands::fs::FsArgs),
    /// Install packages onto a board (micropython-lib, github:, URLs).
    Mip(commands::mip::MipArgs),
}

/// mimalloc's options (`mi_option_e`; 4 and 15 name the same options in
/// its v2 and the v3 linked here): hand freed memory back to
/// the OS after a second rather than 10 ms — a program that frees and
/// reallocates many small strings otherwise spends a third of its time in
/// the kernel zeroing pages — and commit arena memory lazily, which keeps
/// an idle kernel small.
fn tune_allocator() {
    const MI_OPTION_ARENA_EAGER_COMMIT: i32 = 4;
    const MI_OPTION_PURGE_DELAY: i32 = 15;
    // SAFETY: plain option setters, called before any thread starts.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1000);
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
    }
}

fn main() {
    tune_allocator();
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run(args) => commands::run::main(args),
        Command::Stubs(args) => commands::stubs::main(args),
        Command::Lsp(args) => commands::lsp::main(args),
        Command::Kernel(args) => commands::kernel::main(args),
        Command::Board(args) => commands::board::main(args),
        Command::Ports(args) => commands::ports::main(args),
        Command::Repl(args) => commands::repl::main(args),
        Command::Fs(args) => commands::fs::main(args),
        Command::Mip(args) => commands::mip::main(args),
    };
    std::process::exit(code);
}
