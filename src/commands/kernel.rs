//! `upy kernel -f CONNECTION_FILE`: the Jupyter kernel, running cells on a
//! simulated board; `upy kernel install|uninstall`: its kernelspec.

use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::time::Duration;
use upy_kernel::install::{self, Scope};

#[derive(Args)]
pub struct KernelArgs {
    /// The connection file Jupyter passes.
    #[arg(short = 'f', long = "connection-file")]
    pub connection_file: Option<PathBuf>,
    /// The simulated board cells start on (`%board` switches).
    #[arg(long, env = "UPY_BOARD", default_value = "esp32")]
    pub board: String,
    /// Start with virtual time (`%virtualtime on|off` switches).
    #[arg(long, env = "UPY_VIRTUAL_TIME", value_parser = clap::builder::BoolishValueParser::new())]
    pub virtual_time: bool,
    // The limits below are a lab's, set once for every student (the UPY_*
    // variables are what lab/jupyterhub_config.py gives each server).
    /// Heap size of the simulated board, e.g. 512k or 2m.
    #[arg(long, env = "UPY_HEAP_SIZE", value_name = "SIZE", value_parser = size)]
    pub heap_size: Option<usize>,
    /// Flash size of the simulated board, e.g. 1m (default: the board's).
    #[arg(long, env = "UPY_FLASH_SIZE", value_name = "SIZE", value_parser = size)]
    pub flash_size: Option<usize>,
    /// CPU seconds one cell may use before it is interrupted.
    #[arg(long, env = "UPY_CPU_LIMIT", value_name = "SECONDS", value_parser = seconds)]
    pub cpu_limit: Option<Duration>,
    /// Bytes of output one cell may print (e.g. 100k); the rest is dropped.
    #[arg(long, env = "UPY_OUTPUT_LIMIT", value_name = "SIZE", value_parser = size)]
    pub output_limit: Option<usize>,
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
            let mut options = upy_vm::SessionOptions {
                board: profile.name.to_string(),
                virtual_time: args.virtual_time,
                ..Default::default()
            };
            if let Some(bytes) = args.heap_size {
                options.heap_limit = bytes;
            }
            options.flash_size = args.flash_size.map(|b| b as u64);
            let limits = upy_kernel::CellLimits { cpu_time: args.cpu_limit, output_bytes: args.output_limit };
            upy_kernel::run_with_limits(&file, Box::new(upy_kernel::VmTargets::new(options)), limits)
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

fn size(text: &str) -> Result<usize, String> {
    match super::run::parse_size(text) {
        Some(n) if n > 0 => Ok(n),
        _ => Err(format!("'{text}' is not a size (a number of bytes, with k or m for KiB or MiB)")),
    }
}

fn seconds(text: &str) -> Result<Duration, String> {
    match text.trim().trim_end_matches('s').parse::<f64>() {
        Ok(s) if s > 0.0 && s.is_finite() => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!("'{text}' is not a number of seconds")),
    }
}
