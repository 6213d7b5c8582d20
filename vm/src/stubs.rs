//! The board stubs (`stubs/` at the repository root), embedded at build time.
//!
//! A board's full stub set is `stubs/common/` overlaid with `stubs/<board>/`:
//! a module in the board folder replaces the common one of the same name.
//! The language server reads them from here, and `upy stubs export` writes
//! them out for editors that want files (Pylance's `stubPath`).
//!
//! Uses std only; its tests also parse every stub with `crate::syntax`, the
//! parser the language server reads them with.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Every board that has stubs (and a profile, see `board::profile`).
pub const BOARDS: &[&str] = &["esp32", "rp2", "generic"];

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

struct StubFile {
    /// "common" or a board name.
    folder: &'static str,
    module: &'static str,
    source: &'static str,
}

macro_rules! stub {
    ($folder:literal, $module:literal) => {
        StubFile {
            folder: $folder,
            module: $module,
            source: include_str!(concat!("../../stubs/", $folder, "/", $module, ".pyi")),
        }
    };
}

// A test checks this list against the folders, so a new .pyi file cannot be
// forgotten here.
static FILES: &[StubFile] = &[
    stub!("common", "_thread"),
    stub!("common", "array"),
    stub!("common", "asyncio"),
    stub!("common", "binascii"),
    stub!("common", "bluetooth"),
    stub!("common", "cmath"),
    stub!("common", "collections"),
    stub!("common", "errno"),
    stub!("common", "gc"),
    stub!("common", "hashlib"),
    stub!("common", "heapq"),
    stub!("common", "io"),
    stub!("common", "json"),
    stub!("common", "math"),
    stub!("common", "micropython"),
    stub!("common", "neopixel"),
    stub!("common", "network"),
    stub!("common", "os"),
    stub!("common", "random"),
    stub!("common", "re"),
    stub!("common", "select"),
    stub!("common", "struct"),
    stub!("common", "sys"),
    stub!("common", "time"),
    stub!("common", "uarray"),
    stub!("common", "uasyncio"),
    stub!("common", "ubinascii"),
    stub!("common", "ucollections"),
    stub!("common", "uerrno"),
    stub!("common", "uhashlib"),
    stub!("common", "uheapq"),
    stub!("common", "uio"),
    stub!("common", "ujson"),
    stub!("common", "uos"),
    stub!("common", "urandom"),
    stub!("common", "ure"),
    stub!("common", "uselect"),
    stub!("common", "ustruct"),
    stub!("common", "usys"),
    stub!("common", "utime"),
    stub!("esp32", "esp32"),
    stub!("esp32", "machine"),
    stub!("rp2", "machine"),
    stub!("rp2", "rp2"),
    stub!("generic", "machine"),
];

fn is_board(board: &str) -> bool {
    BOARDS.contains(&board)
}

/// The `.pyi` text of `module` as it is on `board`, or None if the board
/// does not exist or has no such module.
pub fn stub_source(board: &str, module: &str) -> Option<&'static str> {
    if !is_board(board) {
        return None;
    }
    let in_folder = |folder: &str| FILES.iter().find(|f| f.folder == folder && f.module == module);
    in_folder(board).or_else(|| in_folder("common")).map(|f| f.source)
}

/// The modules importable on `board` (including the `u`-prefixed aliases),
/// sorted; empty for an unknown board.
pub fn stub_modules(board: &str) -> Vec<&'static str> {
    if !is_board(board) {
        return Vec::new();
    }
    let mut modules: Vec<&'static str> =
        FILES.iter().filter(|f| f.folder == "common" || f.folder == board).map(|f| f.module).collect();
    modules.sort_unstable();
    modules.dedup();
    modules
}

/// Whether `module.name` exists in the stubs only for the type checker.
pub fn is_checker_only(module: &str, name: &str) -> bool {
    CHECKER_ONLY.iter().any(|&(m, n)| m == module && n == name)
}

/// Write `board`'s full stub set into `dir` (created if missing) as
/// `<module>.pyi` files and return the paths written. Files of the same name
/// are replaced, and stubs another board exported there earlier (such as
/// `esp32.pyi` when exporting `rp2`) are removed, so switching boards in one
/// folder leaves no stale modules; any other file is left alone.
pub fn export(board: &str, dir: &Path) -> io::Result<Vec<PathBuf>> {
    if !is_board(board) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("unknown board '{board}' (expected one of: {})", BOARDS.join(", ")),
        ));
    }
    fs::create_dir_all(dir)?;
    let modules = stub_modules(board);
    for other in FILES.iter().map(|f| f.module) {
        let stale = dir.join(format!("{other}.pyi"));
        if !modules.contains(&other) && stale.is_file() {
            fs::remove_file(stale)?;
        }
    }
    let mut written = Vec::new();
    for module in modules {
        // present by construction: the module came from the same table
        let Some(source) = stub_source(board, module) else {
            continue;
        };
        let path = dir.join(format!("{module}.pyi"));
        fs::write(&path, source)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for &board in BOARDS {
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
        assert_eq!(generic.len(), EVERY_BOARD.len());
        assert!(stub_source("rp2", "esp32").is_none());
    }

    #[test]
    fn board_folder_overrides_common() {
        let esp32 = stub_source("esp32", "machine").unwrap();
        let rp2 = stub_source("rp2", "machine").unwrap();
        assert!(esp32.contains("ATTN_11DB") && !rp2.contains("ATTN_11DB"));
        assert!(rp2.contains("CORE_TEMP") && !esp32.contains("CORE_TEMP"));
        assert_eq!(stub_source("esp32", "time"), stub_source("rp2", "time"));
    }

    #[test]
    fn unknown_boards_and_modules_give_nothing() {
        assert!(stub_source("esp8266", "machine").is_none());
        assert!(stub_source("esp32", "pyb").is_none());
        assert!(stub_modules("").is_empty());
    }

    #[test]
    fn every_stub_starts_with_a_module_docstring() {
        for f in FILES {
            assert!(f.source.starts_with("\"\"\""), "{}/{}.pyi", f.folder, f.module);
        }
    }

    #[test]
    fn u_aliases_reexport_their_module() {
        for &board in BOARDS {
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

    /// The embedded table and the folders on disk hold the same files.
    #[test]
    fn table_matches_the_stub_folders() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stubs");
        let mut on_disk = Vec::new();
        for folder in ["common"].iter().chain(BOARDS) {
            for entry in fs::read_dir(root.join(folder)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "pyi") {
                    let module = path.file_stem().unwrap().to_string_lossy().into_owned();
                    on_disk.push(format!("{folder}/{module}"));
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|f| format!("{}/{}", f.folder, f.module)).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
    }

    /// The language server reads the stubs with the VM's own parser. They
    /// use `/` (positional-only parameters) so that pyright rejects keyword
    /// arguments MicroPython rejects; the parser flags that as `Unsupported`
    /// in programs but still builds the tree, so that is the one error
    /// allowed here.
    #[test]
    fn every_stub_parses_with_the_vm_parser() {
        use crate::syntax::{parse, ParseOptions, SyntaxErrorKind};
        for f in FILES {
            let parsed = parse(f.source, ParseOptions::default());
            let real: Vec<_> = parsed.errors.iter().filter(|e| e.kind != SyntaxErrorKind::Unsupported).collect();
            assert!(real.is_empty(), "{}/{}.pyi: {real:?}", f.folder, f.module);
            assert!(!parsed.module.body.is_empty());
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
