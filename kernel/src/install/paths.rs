//! Where kernelspecs live, by the rules of `jupyter_core.paths` and
//! `jupyter kernelspec install`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `--user`: this user's Jupyter data folder (honours `JUPYTER_DATA_DIR`).
    User,
    /// `--sys-prefix`: the Python environment of the `jupyter` (or `python3`)
    /// on PATH, as for a kernel installed into a virtualenv.
    SysPrefix,
    /// `--prefix P`: `P/share/jupyter/kernels`.
    Prefix(PathBuf),
}

pub fn kernels_dir(scope: &Scope) -> anyhow::Result<PathBuf> {
    let data_dir = match scope {
        Scope::User => user_data_dir(&|name| std::env::var_os(name).map(PathBuf::from), std::env::consts::OS)?,
        Scope::SysPrefix => python_sys_prefix()?.join("share").join("jupyter"),
        Scope::Prefix(prefix) => prefix.join("share").join("jupyter"),
    };
    Ok(data_dir.join("kernels"))
}

/// `jupyter_core.paths.jupyter_data_dir()`.
fn user_data_dir(env: &dyn Fn(&str) -> Option<PathBuf>, os: &str) -> anyhow::Result<PathBuf> {
    if let Some(dir) = env("JUPYTER_DATA_DIR").filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir);
    }
    let home = || env("HOME").or_else(|| env("USERPROFILE")).context("cannot find the home folder (HOME is not set)");
    Ok(match os {
        "macos" => home()?.join("Library").join("Jupyter"),
        "windows" => match env("APPDATA") {
            Some(appdata) => appdata.join("jupyter"),
            None => home()?.join(".jupyter").join("data"),
        },
        _ => match env("XDG_DATA_HOME").filter(|d| !d.as_os_str().is_empty()) {
            Some(xdg) => xdg.join("jupyter"),
            None => home()?.join(".local").join("share").join("jupyter"),
        },
    })
}

/// `sys.prefix` of the Python that runs `jupyter` on PATH, else of `python3`.
fn python_sys_prefix() -> anyhow::Result<PathBuf> {
    let python = find_on_path("jupyter")
        .and_then(|jupyter| shebang_interpreter(&jupyter))
        .or_else(|| find_on_path("python3"))
        .or_else(|| find_on_path("python"));
    let Some(python) = python else { bail!("--sys-prefix needs python3 or jupyter on PATH") };
    let output = Command::new(&python)
        .args(["-c", "import sys; print(sys.prefix)"])
        .output()
        .with_context(|| format!("running {}", python.display()))?;
    if !output.status.success() {
        bail!("{} could not report sys.prefix", python.display());
    }
    let prefix = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if prefix.is_empty() {
        bail!("{} reported an empty sys.prefix", python.display());
    }
    Ok(PathBuf::from(prefix))
}

fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(program)).find(|candidate| candidate.is_file())
}

/// The interpreter named by a script's `#!` line (`#!/venv/bin/python3`).
fn shebang_interpreter(script: &Path) -> Option<PathBuf> {
    let text = std::fs::read(script).ok()?;
    let first_line = text.split(|&b| b == b'\n').next()?;
    let line = std::str::from_utf8(first_line).ok()?.strip_prefix("#!")?.trim();
    let mut words = line.split_whitespace();
    let program = words.next()?;
    // `#!/usr/bin/env python3` names the interpreter second.
    let interpreter = if program.ends_with("/env") { find_on_path(words.next()?)? } else { PathBuf::from(program) };
    interpreter.is_file().then_some(interpreter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<PathBuf> {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| PathBuf::from(v))
    }

    #[test]
    fn user_dir_follows_jupyter_core() {
        assert_eq!(
            user_data_dir(&env(&[("HOME", "/home/ada")]), "linux").unwrap(),
            PathBuf::from("/home/ada/.local/share/jupyter")
        );
        assert_eq!(
            user_data_dir(&env(&[("HOME", "/home/ada"), ("XDG_DATA_HOME", "/xdg")]), "linux").unwrap(),
            PathBuf::from("/xdg/jupyter")
        );
        assert_eq!(
            user_data_dir(&env(&[("HOME", "/home/ada"), ("JUPYTER_DATA_DIR", "/custom")]), "linux").unwrap(),
            PathBuf::from("/custom")
        );
        assert_eq!(
            user_data_dir(&env(&[("HOME", "/Users/ada")]), "macos").unwrap(),
            PathBuf::from("/Users/ada/Library/Jupyter")
        );
        assert_eq!(
            user_data_dir(&env(&[("APPDATA", "C:/Users/ada/AppData/Roaming")]), "windows").unwrap(),
            PathBuf::from("C:/Users/ada/AppData/Roaming/jupyter")
        );
        assert!(user_data_dir(&env(&[]), "linux").is_err());
    }

    #[test]
    fn prefix_scope_uses_share_jupyter() {
        assert_eq!(
            kernels_dir(&Scope::Prefix(PathBuf::from("/opt/env"))).unwrap(),
            PathBuf::from("/opt/env/share/jupyter/kernels")
        );
    }

    #[test]
    fn reads_interpreters_from_shebangs() {
        let tmp = tempfile::tempdir().unwrap();
        let python = tmp.path().join("python3");
        std::fs::write(&python, "").unwrap();
        let script = tmp.path().join("jupyter");
        std::fs::write(&script, format!("#!{}\nimport sys\n", python.display())).unwrap();
        assert_eq!(shebang_interpreter(&script), Some(python));
        std::fs::write(&script, "no shebang").unwrap();
        assert_eq!(shebang_interpreter(&script), None);
    }
}
