//! A development kernel: the real kernel (`upy_kernel::run`) over a test
//! double target, for exercising the protocol before the VM runs Python.
//! The shipped `upy kernel -f FILE` calls the same `run` with the VM.
//!
//!     upy-kernel-dev -f CONNECTION_FILE
//!     upy-kernel-dev install [--user|--sys-prefix|--prefix P] [--name N]
//!     upy-kernel-dev uninstall [--user|--sys-prefix|--prefix P] [--name N]

mod dev_board;
mod dev_target;
mod expr;

use std::path::PathBuf;

use upy_kernel::install::{self, Scope};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("-f") if args.len() == 2 => upy_kernel::run(&PathBuf::from(&args[1]), Box::new(dev_target::DevFactory)),
        Some("install") => install_dev(&args[1..], true),
        Some("uninstall") => install_dev(&args[1..], false),
        _ => {
            eprintln!("usage: upy-kernel-dev -f CONNECTION_FILE | install|uninstall [--user|--sys-prefix|--prefix P] [--name N]");
            std::process::exit(2);
        }
    };
    if let Err(err) = result {
        eprintln!("upy-kernel-dev: {err:#}");
        std::process::exit(1);
    }
}

fn install_dev(args: &[String], install: bool) -> anyhow::Result<()> {
    let mut scope = Scope::User;
    let mut name = "upy-dev".to_string();
    let mut words = args.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "--prefix" => scope = Scope::Prefix(words.next().map(PathBuf::from).unwrap_or_default()),
            "--name" => name = words.next().cloned().unwrap_or_default(),
            "--user" => scope = Scope::User,
            "--sys-prefix" => scope = Scope::SysPrefix,
            other => anyhow::bail!("unknown option {other}"),
        }
    }
    let dir = if install {
        let exe = std::env::current_exe()?;
        install::install(&install::Options { scope, name, command: vec![exe.to_string_lossy().into_owned()] })?
    } else {
        install::uninstall(&scope, &name)?
    };
    println!("{}", dir.display());
    Ok(())
}
