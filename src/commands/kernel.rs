//! `upy kernel -f CONNECTION_FILE`: the Jupyter kernel, running cells on a
//! simulated board; `upy kernel install|uninstall`: its kernelspec.

use clap::{Args, Subcommand};
use std::path::PathBuf;
use upy_kernel::install::{self, Scope};

#[derive(Args)]
pub struct KernelArgs {
    /// The connection file Jupyter passes.
    #[arg(short = 'f', long = "connection-file")]
    pub connection_file: Option<PathBuf>,
    /// The simulated board cells start on (`%board` switches).
    #[arg(long, default_value = "esp32")]
    pub board: String,
    /// Start with virtual time (`%virtualtime on|off` switches).
    #[arg(long)]
    pub virtual_time: bool,
    #[command(subcommand)]
    pub command: Option<KernelCommand>,
}

#[derive(Args, Clone)]
pub struct ScopeArgs {
    /// Install for this user (the default).
    #[arg(long, conflicts_with_all = ["sys_prefix", "prefix"])]
    pub user: bool,
    /// Install into the Python environment Jupyter runs from.
    #[arg(long, conflicts_with = "prefix")]
    pub sys_prefix: bool,
    /// Install under PREFIX/share/jupyter/kernels.
    #[arg(long)]
    pub prefix: Option<PathBuf>,
    /// The kernelspec's name.
    #[arg(long, default_value = install::DEFAULT_NAME)]
    pub name: String,
}

impl ScopeArgs {
    fn scope(&self) -> Scope {
        match (&self.prefix, self.sys_prefix) {
            (Some(p), _) => Scope::Prefix(p.clone()),
            (None, true) => Scope::SysPrefix,
            _ => Scope::User,
        }
    }
}

#[derive(Subcommand)]
pub enum KernelCommand {
    /// Write the kernelspec so Jupyter lists "MicroPython (upy)".
    Install(ScopeArgs),
    /// Remove the kernelspec.
    Uninstall(ScopeArgs),
}

pub fn main(args: KernelArgs) -> i32 {
    let result = match (args.command, args.connection_file) {
        (Some(KernelCommand::Install(s)), _) => install::Options::new(s.scope()).and_then(|mut o| {
            o.name = s.name.clone();
            let dir = install::install(&o)?;
            println!("installed kernelspec {} in {}", s.name, dir.display());
            Ok(())
        }),
        (Some(KernelCommand::Uninstall(s)), _) => install::uninstall(&s.scope(), &s.name).map(|dir| {
            println!("removed kernelspec {} from {}", s.name, dir.display());
        }),
        (None, Some(file)) => {
            let Some(profile) = upy_boards::find(&args.board) else {
                eprintln!(
                    "upy kernel: unknown board '{}' (choose from {})",
                    args.board,
                    upy_boards::names().join(", ")
                );
                return 2;
            };
            let options = upy_vm::SessionOptions {
                board: profile.name.to_string(),
                virtual_time: args.virtual_time,
                ..Default::default()
            };
            upy_kernel::run(&file, Box::new(upy_kernel::VmTargets::new(options)))
        }
        (None, None) => {
            eprintln!("upy kernel: give -f CONNECTION_FILE (Jupyter does), or `upy kernel install`");
            return 2;
        }
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("upy kernel: {e:#}");
            1
        }
    }
}
