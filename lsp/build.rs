//! Embeds the board stubs (`../stubs/<board>/**/*.pyi`, with `common/` shared
//! by every board) into the binary, so the server needs no files at run time.
//! The generated table is `(folder, module, source)`; `analysis::stubs`
//! decides which folders apply to which board.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// `common` applies to every board; the rest are board names.
const BOARD_FOLDERS: &[&str] = &["common", "esp32", "rp2", "generic"];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let stubs = manifest.join("..").join("stubs");
    println!("cargo:rerun-if-changed={}", stubs.display());

    let mut entries = Vec::new();
    if let Ok(read) = std::fs::read_dir(&stubs) {
        for entry in read.flatten() {
            let path = entry.path();
            let folder = entry.file_name().to_string_lossy().into_owned();
            // Only the stub folders: `tests/`, tool caches and the like stay out.
            if path.is_dir() && BOARD_FOLDERS.contains(&folder.as_str()) {
                collect(&path, &path, &folder, &mut entries);
            } else if is_stub(&path) {
                // A stub directly in stubs/ applies to every board.
                collect_file(&stubs, &path, "common", &mut entries);
            }
        }
    }
    entries.sort();

    let mut out = String::from(
        "/// (folder, dotted module name, stub source)\npub static STUB_FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (folder, module, path) in &entries {
        let _ = writeln!(out, "    ({folder:?}, {module:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stub_files.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn is_stub(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "pyi")
}

fn collect(root: &Path, dir: &Path, folder: &str, out: &mut Vec<(String, String, String)>) {
    let Ok(read) = std::fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if path.is_dir() && !hidden {
            collect(root, &path, folder, out);
        } else if is_stub(&path) {
            collect_file(root, &path, folder, out);
        }
    }
}

fn collect_file(root: &Path, path: &Path, folder: &str, out: &mut Vec<(String, String, String)>) {
    let Ok(rel) = path.strip_prefix(root) else { return };
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let Some(last) = parts.pop() else { return };
    let stem = last.trim_end_matches(".pyi").to_string();
    if stem != "__init__" {
        parts.push(stem);
    }
    if parts.is_empty() {
        return;
    }
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    out.push((folder.to_string(), parts.join("."), abs.to_string_lossy().into_owned()));
}
