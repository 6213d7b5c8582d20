//! `upy kernel install` / `uninstall`: the kernelspec Jupyter finds this
//! kernel by, written where `jupyter kernelspec install` would write it.

mod logo;
mod paths;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde_json::json;

pub use paths::Scope;

/// The kernelspec's default name (`jupyter kernelspec list` shows it).
pub const DEFAULT_NAME: &str = "micropython";
pub const DISPLAY_NAME: &str = "MicroPython (upy)";

#[derive(Clone, Debug)]
pub struct Options {
    pub scope: Scope,
    pub name: String,
    /// The command that starts this kernel, before `-f {connection_file}`:
    /// normally `[absolute path of upy, "kernel"]`.
    pub command: Vec<String>,
}

impl Options {
    /// Install for this user under the default name, started by the running
    /// executable's `kernel` subcommand.
    pub fn new(scope: Scope) -> anyhow::Result<Options> {
        let exe = std::env::current_exe().context("finding the path of this executable")?;
        let exe = exe.canonicalize().unwrap_or(exe);
        Ok(Options {
            scope,
            name: DEFAULT_NAME.to_string(),
            command: vec![exe.to_string_lossy().into_owned(), "kernel".to_string()],
        })
    }
}

/// Write the kernelspec; returns its folder.
pub fn install(options: &Options) -> anyhow::Result<PathBuf> {
    check_name(&options.name)?;
    let dir = paths::kernels_dir(&options.scope)?.join(&options.name);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    write(&dir.join("kernel.json"), kernel_json(options).as_bytes())?;
    write(&dir.join("logo-32x32.png"), &logo::png(32)?)?;
    write(&dir.join("logo-64x64.png"), &logo::png(64)?)?;
    write(&dir.join("logo-svg.svg"), logo::svg().as_bytes())?;
    Ok(dir)
}

/// Remove the kernelspec; returns the folder removed.
pub fn uninstall(scope: &Scope, name: &str) -> anyhow::Result<PathBuf> {
    check_name(name)?;
    let dir = paths::kernels_dir(scope)?.join(name);
    if !dir.join("kernel.json").is_file() {
        bail!("no kernelspec named {name:?} in {}", dir.parent().unwrap_or(&dir).display());
    }
    std::fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
    Ok(dir)
}

pub fn kernel_json(options: &Options) -> String {
    let mut argv = options.command.clone();
    argv.extend(["-f".to_string(), "{connection_file}".to_string()]);
    let spec = json!({
        "argv": argv,
        "display_name": DISPLAY_NAME,
        "language": "python",
        "interrupt_mode": "message",
        // upy's allocator (mimalloc) commits whole arenas up front by
        // default: 11 MiB more resident memory for an idle kernel than with
        // commit on demand, for no speed a notebook notices.
        "env": { "MIMALLOC_ARENA_EAGER_COMMIT": "0" },
        "metadata": {
            "debugger": false,
            "upy": { "version": env!("CARGO_PKG_VERSION") },
        },
    });
    serde_json::to_string_pretty(&spec).unwrap_or_default() + "\n"
}

/// Jupyter's rule for kernel names: ASCII letters, digits, `.`, `_`, `-`.
fn check_name(name: &str) -> anyhow::Result<()> {
    let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !ok {
        bail!("invalid kernel name {name:?}: use letters, digits, '.', '_' and '-' only");
    }
    Ok(())
}

fn write(path: &Path, data: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, data).with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(prefix: &Path, name: &str) -> Options {
        Options {
            scope: Scope::Prefix(prefix.to_path_buf()),
            name: name.to_string(),
            command: vec!["/opt/upy/bin/upy".to_string(), "kernel".to_string()],
        }
    }

    #[test]
    fn installs_kernel_json_and_logos_then_uninstalls() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = install(&options(tmp.path(), "micropython")).unwrap();
        assert_eq!(dir, tmp.path().join("share/jupyter/kernels/micropython"));
        let spec: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("kernel.json")).unwrap()).unwrap();
        assert_eq!(spec["argv"], json!(["/opt/upy/bin/upy", "kernel", "-f", "{connection_file}"]));
        assert_eq!(spec["display_name"], "MicroPython (upy)");
        assert_eq!(spec["language"], "python");
        assert_eq!(spec["interrupt_mode"], "message");
        assert_eq!(spec["env"]["MIMALLOC_ARENA_EAGER_COMMIT"], "0");
        for logo in ["logo-32x32.png", "logo-64x64.png"] {
            let bytes = std::fs::read(dir.join(logo)).unwrap();
            assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        }
        assert!(std::fs::read_to_string(dir.join("logo-svg.svg")).unwrap().starts_with("<svg"));
        assert_eq!(uninstall(&Scope::Prefix(tmp.path().to_path_buf()), "micropython").unwrap(), dir);
        assert!(!dir.exists());
    }

    #[test]
    fn uninstalling_what_is_not_there_is_an_error() {
        let tmp = tempfile::tempdir().unwrap();
        let err = uninstall(&Scope::Prefix(tmp.path().to_path_buf()), "micropython").unwrap_err();
        assert!(err.to_string().contains("no kernelspec named"), "{err}");
    }

    #[test]
    fn rejects_names_jupyter_would_not_find() {
        let tmp = tempfile::tempdir().unwrap();
        for name in ["", "a b", "../escape", "µpy"] {
            assert!(install(&options(tmp.path(), name)).is_err(), "{name:?}");
        }
        assert!(install(&options(tmp.path(), "upy-esp32_v1.0")).is_ok());
    }
}
