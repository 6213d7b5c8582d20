//! The kept corpus the mutator starts from: the fuzzer's own seeds and
//! regressions (`fuzz/corpus`, `fuzz/regressions`) and every program the
//! test suites already hold (conformance, differential, hostile), read in
//! a fixed order so a seed always means the same inputs.

use std::path::{Path, PathBuf};

/// Programs past this size are left out: a mutation of a short program
/// reaches as far, and runs much faster.
const MAX_SEED: u64 = 16 << 10;

/// The folders read when none are named, relative to the repository.
pub const DEFAULT_DIRS: &[&str] =
    &["fuzz/corpus", "fuzz/regressions", "vm/tests/hostile", "vm/tests/programs", "vm/tests/oracle"];

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Every `.py` file under `dirs`, sorted by path, duplicates dropped.
pub fn load(dirs: &[PathBuf]) -> Vec<Vec<u8>> {
    let mut paths = vec![];
    for d in dirs {
        collect(d, &mut paths);
    }
    paths.sort();
    let mut out: Vec<Vec<u8>> = vec![];
    for p in paths {
        if std::fs::metadata(&p).is_ok_and(|m| m.len() <= MAX_SEED) {
            if let Ok(bytes) = std::fs::read(&p) {
                if !out.contains(&bytes) {
                    out.push(bytes);
                }
            }
        }
    }
    out
}

pub fn default_dirs() -> Vec<PathBuf> {
    let root = repo_root();
    DEFAULT_DIRS.iter().map(|d| root.join(d)).collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        // Symlinks are not followed: the corpus is what the repository holds.
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() {
            collect(&p, out);
        } else if kind.is_file() && p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}
