//! Each board's stubs (`stubs/` at the repository root), embedded once.
//!
//! A board's stub set is `stubs/common/` plus `stubs/<board>/`: a board file
//! whose name a common file also has is an overlay on it (`crate::overlay`:
//! `esp32/machine.pyi` says only how the ESP32's `machine` differs from the
//! common one); any other board file is a module only that board has.
//! The language server and the kernel read them from here, and `upy stubs
//! export` writes them out for editors that want files (Pylance's
//! `stubPath`).

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Names the stubs define only so that pyright's own stubs for built-in
/// functions resolve (they import e.g. `io.TextIOWrapper` for `open()`), as
/// (module, name). They are not attributes of the MicroPython module, so a
/// consistency check against the VM must skip them.
pub const CHECKER_ONLY: &[(&str, &str)] = &[
    ("io", "TextIOWrapper"),
    ("io", "FileIO"),
    ("io", "BufferedReader"),
    ("io", "BufferedWriter"),
    ("io", "BufferedRandom"),
    ("os", "PathLike"),
    ("re", "Match"),
    ("re", "Pattern"),
];

/// One file of `stubs/`, as written.
#[derive(Debug)]
pub struct StubFile {
    /// "common" or a board name.
    pub folder: &'static str,
    /// Dotted module name (`machine`, `aioble.core`).
    pub module: &'static str,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/stub_files.rs"));

/// The stub files as they are in `stubs/` (overlays not applied).
pub fn files() -> &'static [StubFile] {
    FILES
}

/// Module name → stub text, for one board, overlays applied.
type BoardStubs = BTreeMap<&'static str, &'static str>;

fn board_stubs(board: &str) -> Option<&'static BoardStubs> {
    static SETS: OnceLock<Vec<(&'static str, BoardStubs)>> = OnceLock::new();
    let sets = SETS.get_or_init(|| crate::PROFILES.iter().map(|p| (p.name, compose(p.name))).collect());
    sets.iter().find(|(name, _)| *name == board).map(|(_, set)| set)
}

fn compose(board: &str) -> BoardStubs {
    let mut set: BoardStubs = FILES.iter().filter(|f| f.folder == "common").map(|f| (f.module, f.source)).collect();
    for f in FILES.iter().filter(|f| f.folder == board) {
        let text = match set.get(f.module) {
            // Built once per board and kept for the life of the process.
            Some(base) => &*Box::leak(crate::overlay::apply(base, f.source).into_boxed_str()),
            None => f.source,
        };
        set.insert(f.module, text);
    }
    set
}

/// The `.pyi` text of `module` as it is on `board`, or None if the board
/// does not exist or has no such module.
pub fn stub_source(board: &str, module: &str) -> Option<&'static str> {
    board_stubs(board)?.get(module).copied()
}

/// The modules importable on `board` that have a stub (including the
/// `u`-prefixed aliases), sorted; empty for an unknown board.
pub fn stub_modules(board: &str) -> Vec<&'static str> {
    board_stubs(board).map(|set| set.keys().copied().collect()).unwrap_or_default()
}

/// `(module, source)` of every stub of `board`, overlays applied.
pub fn board_files(board: &str) -> Vec<(&'static str, &'static str)> {
    board_stubs(board).map(|set| set.iter().map(|(m, s)| (*m, *s)).collect()).unwrap_or_default()
}

/// Whether `module.name` exists in the stubs only for the type checker.
pub fn is_checker_only(module: &str, name: &str) -> bool {
    CHECKER_ONLY.iter().any(|&(m, n)| m == module && n == name)
}

/// The file a module is written to: `machine.pyi`, `aioble/core.pyi`, and
/// a package's own module as `aioble/__init__.pyi`.
fn file_of(dir: &Path, module: &str, is_package: bool) -> PathBuf {
    let mut path = dir.to_path_buf();
    let parts: Vec<&str> = module.split('.').collect();
    for part in &parts[..parts.len() - 1] {
        path.push(part);
    }
    let last = parts[parts.len() - 1];
    if is_package {
        path.push(last);
        path.push("__init__.pyi");
    } else {
        path.push(format!("{last}.pyi"));
    }
    path
}

/// Does any module of `modules` sit inside `module` (`aioble.core` in `aioble`)?
fn is_package<'a>(module: &str, mut modules: impl Iterator<Item = &'a str>) -> bool {
    modules.any(|m| m.len() > module.len() && m.starts_with(module) && m.as_bytes()[module.len()] == b'.')
}

/// Write `board`'s full stub set into `dir` (created if missing) as
/// `<module>.pyi` files and return the paths written. Files of the same name
/// are replaced, and stubs another board exported there earlier (such as
/// `esp32.pyi` when exporting `rp2`) are removed, so switching boards in one
/// folder leaves no stale modules; any other file is left alone.
pub fn export(board: &str, dir: &Path) -> io::Result<Vec<PathBuf>> {
    let Some(set) = board_stubs(board) else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("unknown board '{board}' (expected one of: {})", crate::names().join(", ")),
        ));
    };
    fs::create_dir_all(dir)?;
    let all = || FILES.iter().map(|f| f.module);
    for other in all() {
        let stale = file_of(dir, other, is_package(other, all()));
        if !set.contains_key(other) && stale.is_file() {
            fs::remove_file(stale)?;
        }
    }
    let mut written = Vec::new();
    for (module, source) in set {
        let path = file_of(dir, module, is_package(module, set.keys().copied()));
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, source)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names;

    const EVERY_BOARD: &[&str] = &[
        "_thread",
        "array",
        "asyncio",
        "binascii",
        "bluetooth",
        "cmath",
        "collections",
        "errno",
        "gc",
        "hashlib",
        "heapq",
        "io",
        "json",
        "machine",
        "math",
        "micropython",
        "neopixel",
        "network",
        "os",
        "random",
        "re",
        "select",
        "struct",
        "sys",
        "time",
        "uarray",
        "uasyncio",
        "ubinascii",
        "ucollections",
        "uerrno",
        "uhashlib",
        "uheapq",
        "uio",
        "ujson",
        "uos",
        "urandom",
        "ure",
        "uselect",
        "ustruct",
        "usys",
        "utime",
    ];

    #[test]
    fn every_board_has_every_expected_module() {
        for board in names() {
            let modules = stub_modules(board);
            for module in EVERY_BOARD {
                assert!(modules.contains(module), "{board} lacks {module}");
                assert!(stub_source(board, module).is_some_and(|s| !s.trim().is_empty()));
            }
        }
    }

    #[test]
    fn port_modules_are_only_on_their_port() {
        assert!(stub_modules("esp32").contains(&"esp32"));
        assert!(!stub_modules("esp32").contains(&"rp2"));
        assert!(stub_modules("rp2").contains(&"rp2"));
        assert!(!stub_modules("rp2").contains(&"esp32"));
        let generic = stub_modules("generic");
        assert!(!generic.contains(&"esp32") && !generic.contains(&"rp2"));
        assert!(stub_source("rp2", "esp32").is_none());
    }

    #[test]
    fn board_overlays_change_the_common_module() {
        let esp32 = stub_source("esp32", "machine").unwrap();
        let rp2 = stub_source("rp2", "machine").unwrap();
        assert!(esp32.contains("ATTN_11DB") && !rp2.contains("ATTN_11DB"));
        assert!(rp2.contains("CORE_TEMP") && !esp32.contains("CORE_TEMP"));
        assert_eq!(stub_source("esp32", "time"), stub_source("rp2", "time"));
        // each text is built once
        assert!(std::ptr::eq(esp32, stub_source("esp32", "machine").unwrap()));
    }

    #[test]
    fn unknown_boards_and_modules_give_nothing() {
        assert!(stub_source("esp8266", "machine").is_none());
        assert!(stub_source("esp32", "pyb").is_none());
        assert!(stub_modules("").is_empty());
    }

    #[test]
    fn every_stub_starts_with_a_module_docstring() {
        for board in names() {
            for (module, source) in board_files(board) {
                assert!(source.starts_with("\"\"\""), "{board}: {module}");
            }
        }
    }

    #[test]
    fn u_aliases_reexport_their_module() {
        for board in names() {
            for module in stub_modules(board) {
                let Some(target) = module.strip_prefix('u') else {
                    continue;
                };
                if !stub_modules(board).contains(&target) {
                    continue;
                }
                let source = stub_source(board, module).unwrap();
                assert!(source.contains(&format!("from {target} import *")), "{module}");
            }
        }
    }

    #[test]
    fn checker_only_names_are_defined_where_listed() {
        for &(module, name) in CHECKER_ONLY {
            let source = stub_source("generic", module).unwrap();
            let defined = source.contains(&format!("class {name}")) || source.contains(&format!("\n{name} = "));
            assert!(defined, "{module}.{name}");
            assert!(is_checker_only(module, name));
        }
        assert!(!is_checker_only("io", "StringIO"));
    }

    /// Every folder of `stubs/` is `common` or a board, so no file is
    /// silently left out of every board.
    #[test]
    fn every_folder_is_common_or_a_board() {
        for f in FILES {
            assert!(f.folder == "common" || names().contains(&f.folder), "{}/{}", f.folder, f.module);
        }
    }

    #[test]
    fn export_writes_the_full_set() {
        let dir = std::env::temp_dir().join(format!("upy-stubs-export-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let written = export("rp2", &dir).unwrap();
        assert_eq!(written.len(), stub_modules("rp2").len());
        let machine = fs::read_to_string(dir.join("machine.pyi")).unwrap();
        assert_eq!(machine, stub_source("rp2", "machine").unwrap());
        assert!(dir.join("rp2.pyi").exists() && !dir.join("esp32.pyi").exists());
        // a package is a folder with its own module as __init__.pyi
        assert!(dir.join("aioble/__init__.pyi").exists() && dir.join("aioble/core.pyi").exists());
        assert!(!dir.join("aioble.pyi").exists());
        // a second export over the first replaces the files
        assert_eq!(export("rp2", &dir).unwrap().len(), written.len());
        // switching board removes the other board's modules, not user files
        fs::write(dir.join("notes.txt"), "mine").unwrap();
        export("esp32", &dir).unwrap();
        assert!(dir.join("esp32.pyi").exists() && !dir.join("rp2.pyi").exists());
        assert!(dir.join("notes.txt").exists());
        let machine = fs::read_to_string(dir.join("machine.pyi")).unwrap();
        assert_eq!(machine, stub_source("esp32", "machine").unwrap());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn export_rejects_an_unknown_board() {
        let dir = std::env::temp_dir().join("upy-stubs-never-created");
        let err = export("pyboard", &dir).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(err.to_string().contains("pyboard"));
        assert!(!dir.exists());
    }
}
