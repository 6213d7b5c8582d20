//! Lists the stub files (`../stubs/<folder>/**/*.pyi`) for `src/stubs.rs`,
//! which embeds each one once with `include_str!`. `common` holds what every
//! board has; a board's folder holds its own modules and its overlays.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let stubs = manifest.join("..").join("stubs");
    println!("cargo:rerun-if-changed={}", stubs.display());

    let mut entries = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&stubs)
        .map(|read| read.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    folders.sort();
    for dir in folders {
        let folder = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        // tests/, tool caches and hidden folders hold no stubs
        if folder == "tests" || folder.starts_with('.') {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(&dir, &dir, &folder, &mut entries);
    }
    entries.sort();

    let mut out =
        String::from("/// Every stub file: (folder, dotted module name, source).\nstatic FILES: &[StubFile] = &[\n");
    for (folder, module, path) in &entries {
        let _ =
            writeln!(out, "    StubFile {{ folder: {folder:?}, module: {module:?}, source: include_str!({path:?}) }},");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stub_files.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &Path, folder: &str, out: &mut Vec<(String, String, String)>) {
    let Ok(read) = std::fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, folder, out);
        } else if path.extension().is_some_and(|e| e == "pyi") {
            let Ok(rel) = path.strip_prefix(root) else { continue };
            let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            let Some(last) = parts.pop() else { continue };
            let stem = last.trim_end_matches(".pyi").to_string();
            if stem != "__init__" {
                parts.push(stem);
            }
            if parts.is_empty() {
                continue;
            }
            let abs = path.canonicalize().unwrap_or(path);
            out.push((folder.to_string(), parts.join("."), abs.to_string_lossy().into_owned()));
        }
    }
}
