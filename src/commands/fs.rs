//! `upy fs --port PORT ls|cat|put|get|rm|mkdir|rmdir|df|sync`: the board's
//! flash filesystem, like `mpremote fs`; over WebREPL (`ws://HOST:8266`)
//! put and get use WebREPL's own file transfers.

use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use upy_device::fs::BoardFs;
use upy_device::Connection;

use super::progress::progress_bar;

#[derive(Args)]
pub struct FsArgs {
    /// The serial port, `auto`, or a WebREPL address (ws://HOST:8266).
    #[arg(long, default_value = "auto")]
    pub port: String,
    #[arg(long, default_value_t = 115_200)]
    pub baudrate: u32,
    /// WebREPL password for a ws:// port (default: UPY_WEBREPL_PASSWORD,
    /// else asked).
    #[arg(long)]
    pub password: Option<String>,
    #[command(subcommand)]
    pub command: FsCommand,
}

#[derive(Subcommand)]
pub enum FsCommand {
    /// List a folder (with sizes).
    Ls {
        #[arg(default_value = "/")]
        path: String,
        #[arg(short, long)]
        recursive: bool,
    },
    /// Print a file.
    Cat {
        path: String,
    },
    /// Upload a file (written to a temporary name, then renamed).
    Put {
        local: PathBuf,
        remote: Option<String>,
    },
    /// Download a file.
    Get {
        remote: String,
        local: Option<PathBuf>,
    },
    Rm {
        path: String,
    },
    Mkdir {
        path: String,
    },
    Rmdir {
        path: String,
    },
    /// Free and total space.
    Df {
        #[arg(default_value = "/")]
        path: String,
    },
    /// Upload the files of a folder that changed (by size and hash).
    Sync {
        local: PathBuf,
        #[arg(default_value = "/")]
        remote: String,
    },
}

pub fn main(args: FsArgs) -> i32 {
    let password = super::password::for_port(&args.port, args.password.as_deref());
    let mut conn = match Connection::open_port_with_password(Some(&args.port), Some(args.baudrate), password) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("upy fs: {e}");
            return 1;
        }
    };
    let mut fs = BoardFs::new(&mut conn);
    let result: Result<(), upy_device::DeviceError> = (|| {
        match &args.command {
            FsCommand::Ls { path, recursive } => {
                for e in fs.ls(path, *recursive)? {
                    if e.is_dir {
                        println!("{:>10}  {}/", "", e.path);
                    } else {
                        println!("{:>10}  {}", e.size, e.path);
                    }
                }
            }
            FsCommand::Cat { path } => {
                let data = fs.cat(path)?;
                let _ = std::io::stdout().write_all(&data);
            }
            FsCommand::Put { local, remote } => {
                let name = local.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                let remote = remote.clone().unwrap_or_else(|| format!("/{name}"));
                let label = format!("put {remote}");
                fs.put(local, &remote, &mut progress_bar(&label))?;
            }
            FsCommand::Get { remote, local } => {
                let name = remote.rsplit('/').next().unwrap_or("file").to_string();
                let local = local.clone().unwrap_or_else(|| PathBuf::from(name));
                let label = format!("get {remote}");
                fs.get(remote, &local, &mut progress_bar(&label))?;
            }
            FsCommand::Rm { path } => fs.rm(path)?,
            FsCommand::Mkdir { path } => fs.mkdir(path)?,
            FsCommand::Rmdir { path } => fs.rmdir(path)?,
            FsCommand::Df { path } => {
                let d = fs.df(path)?;
                println!(
                    "total {} bytes, free {} bytes, used {} bytes",
                    d.total,
                    d.free,
                    d.total.saturating_sub(d.free)
                );
            }
            FsCommand::Sync { local, remote } => {
                let r = fs.sync(local, remote, &mut progress_bar("sync"))?;
                println!(
                    "uploaded {} file(s), {} unchanged{}",
                    r.uploaded.len(),
                    r.unchanged.len(),
                    if r.compared_by_size_only { " (compared by size: no hashlib on the board)" } else { "" }
                );
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("upy fs: {e}");
            1
        }
    }
}
