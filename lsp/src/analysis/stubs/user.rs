//! Stubs the user installed for their editor: micropython-stubs in the
//! workspace's `typings/`, a `stubPath` their settings name, or the
//! site-packages of the virtual environment their interpreter lives in,
//! as Pylance users set things up. Modules the board's own stubs lack
//! (`pyb`, a driver's package) are read from there; ours win where both
//! have a module, since ours are checked against the board.

use super::{load, StubSet};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where a workspace keeps stubs, most specific first; only folders that
/// exist.
pub fn roots(workspace: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let vscode = read_json(&workspace.join(".vscode").join("settings.json"));
    let pyright = read_json(&workspace.join("pyrightconfig.json"));
    let setting = |key: &str| vscode.as_ref().and_then(|v| v.get(key)).and_then(|v| v.as_str()).map(str::to_string);
    let relative = |p: &str| {
        let p = p.replace("${workspaceFolder}", &workspace.to_string_lossy());
        let p = PathBuf::from(p);
        if p.is_absolute() {
            p
        } else {
            workspace.join(p)
        }
    };
    if let Some(p) = setting("python.analysis.stubPath") {
        out.push(relative(&p));
    }
    if let Some(p) = pyright.as_ref().and_then(|v| v.get("stubPath")).and_then(|v| v.as_str()) {
        out.push(relative(p));
    }
    out.push(workspace.join("typings"));
    // The interpreter the settings name, then the usual venv folders.
    let mut venvs = Vec::new();
    if let Some(python) = setting("python.defaultInterpreterPath").or_else(|| setting("python.pythonPath")) {
        // <venv>/bin/python or <venv>\Scripts\python.exe
        if let Some(venv) = relative(&python).parent().and_then(Path::parent) {
            venvs.push(venv.to_path_buf());
        }
    }
    if let Some(v) = pyright.as_ref() {
        if let Some(venv) = v.get("venv").and_then(|x| x.as_str()) {
            let base = v.get("venvPath").and_then(|x| x.as_str()).map_or_else(|| workspace.to_path_buf(), relative);
            venvs.push(base.join(venv));
        }
    }
    venvs.extend([".venv", "venv", "env"].iter().map(|v| workspace.join(v)));
    for venv in venvs {
        out.extend(site_packages(&venv));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| p.is_dir() && seen.insert(p.clone()));
    out
}

/// `<venv>/lib/python3.x/site-packages` (or `Lib/site-packages` on Windows).
fn site_packages(venv: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(read) = std::fs::read_dir(venv.join("lib")) {
        for e in read.flatten() {
            if e.file_name().to_string_lossy().starts_with("python") {
                out.push(e.path().join("site-packages"));
            }
        }
    }
    out.push(venv.join("Lib").join("site-packages"));
    out
}

/// VS Code's settings allow `//` comments and trailing commas; drop both.
fn read_json(path: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
    let joined = lines.join("\n").replace(",\n}", "\n}").replace(",\n]", "\n]");
    serde_json::from_str(&joined).ok()
}

/// The `.pyi` modules of a stub folder: `name.pyi`, and packages as
/// `name/__init__.pyi` with the modules under them.
fn modules_in(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let Ok(read) = std::fs::read_dir(root) else { return out };
    for e in read.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".pyi") {
            out.push((stem.to_string(), path));
        } else if path.join("__init__.pyi").is_file() && !name.contains('-') && !name.contains('.') {
            out.push((name.clone(), path.join("__init__.pyi")));
            if let Ok(sub) = std::fs::read_dir(&path) {
                for s in sub.flatten() {
                    let sub_name = s.file_name().to_string_lossy().into_owned();
                    if let Some(stem) = sub_name.strip_suffix(".pyi").filter(|s| *s != "__init__") {
                        out.push((format!("{name}.{stem}"), s.path()));
                    }
                }
            }
        }
    }
    out
}

/// Names no user stub may stand in for: the checker's own files.
fn is_checker_file(module: &str) -> bool {
    let top = module.split('.').next().unwrap_or(module);
    matches!(top, "__builtins__" | "builtins" | "typing" | "typing_extensions" | "_typeshed" | "_mpy_shed" | "stdlib")
}

/// `base` with the modules it lacks read from `roots` (the first root
/// that has a module wins); None when the roots add nothing.
pub fn with_user_stubs(base: &StubSet, roots: &[PathBuf]) -> Option<StubSet> {
    let mut added: BTreeMap<String, super::StubModule> = BTreeMap::new();
    for root in roots {
        for (module, file) in modules_in(root) {
            if base.modules.contains_key(&module) || added.contains_key(&module) || is_checker_file(&module) {
                continue;
            }
            let Ok(source) = std::fs::read_to_string(&file) else { continue };
            let folder = format!("user:{}", root.display());
            added.insert(module.clone(), load::load_module(&folder, &module, &source));
        }
    }
    if added.is_empty() {
        return None;
    }
    let mut modules = base.modules.clone();
    modules.extend(added);
    Some(StubSet { board: base.board, modules })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::board::Board;

    #[test]
    fn typings_and_a_venv_add_what_the_board_lacks() {
        let dir = std::env::temp_dir().join(format!("upy-user-stubs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let typings = dir.join("typings");
        std::fs::create_dir_all(typings.join("sensorlib")).unwrap();
        std::fs::write(typings.join("pyb.pyi"), "\"\"\"pyb\"\"\"\ndef delay(ms: int) -> None: ...\n").unwrap();
        std::fs::write(typings.join("machine.pyi"), "\"\"\"not ours\"\"\"\n").unwrap();
        std::fs::write(typings.join("sensorlib/__init__.pyi"), "class Sensor: ...\n").unwrap();
        std::fs::write(typings.join("sensorlib/bme.pyi"), "def read() -> float: ...\n").unwrap();
        let site = dir.join(".venv/lib/python3.12/site-packages");
        std::fs::create_dir_all(&site).unwrap();
        std::fs::write(site.join("lcd.pyi"), "def show(s: str) -> None: ...\n").unwrap();
        let found = roots(&dir);
        assert_eq!(found, [typings.clone(), site.clone()]);
        let base = StubSet::for_board(Board::parse("esp32").unwrap());
        let set = with_user_stubs(&base, &found).unwrap();
        for m in ["pyb", "sensorlib", "sensorlib.bme", "lcd"] {
            assert!(set.has_module(m), "{m}");
        }
        // ours win: machine is the board's
        assert!(set.module("machine").unwrap().items.contains_key("Pin"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn settings_name_a_stub_path_and_an_interpreter() {
        let dir = std::env::temp_dir().join(format!("upy-user-stubs-settings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".vscode")).unwrap();
        std::fs::create_dir_all(dir.join("my-stubs")).unwrap();
        std::fs::create_dir_all(dir.join("envs/mp/lib/python3.11/site-packages")).unwrap();
        std::fs::write(
            dir.join(".vscode/settings.json"),
            "{\n  // Pylance\n  \"python.analysis.stubPath\": \"my-stubs\",\n  \"python.defaultInterpreterPath\": \"envs/mp/bin/python\",\n}\n",
        )
        .unwrap();
        let found = roots(&dir);
        assert_eq!(found, [dir.join("my-stubs"), dir.join("envs/mp/lib/python3.11/site-packages")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
