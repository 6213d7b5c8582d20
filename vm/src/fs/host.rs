//! Seeding the flash from a host folder and saving it back — the only two
//! places the simulated filesystem touches the host, both on request, and
//! both confined to that folder (`confine.rs`).

use super::confine::HostRoot;
use super::FlashFs;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Copy every file under `dir` onto the flash root. A symlink leading out
/// of `dir` stops the seeding with an error naming it.
pub fn seed(fs: &mut FlashFs, dir: &Path) -> Result<usize, String> {
    let root = HostRoot::new(dir)?;
    let mut count = 0;
    let mut walked = HashSet::new();
    seed_into(fs, &root, "", &mut walked, &mut count)?;
    Ok(count)
}

fn seed_into(
    fs: &mut FlashFs,
    root: &HostRoot,
    rel: &str,
    walked: &mut HashSet<PathBuf>,
    count: &mut usize,
) -> Result<(), String> {
    let dir = root.resolve(rel)?;
    // A symlink to a folder above it inside the root would loop.
    if !walked.insert(dir.clone()) {
        return Ok(());
    }
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("can't read {}: {e}", dir.display()))?;
    let mut names: Vec<String> =
        entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    for name in names {
        let rel = if rel.is_empty() { name } else { format!("{rel}/{name}") };
        let target = format!("/{rel}");
        let path = root.resolve(&rel)?;
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            fs.make_dirs(&target).map_err(|n| format!("can't create {target} on the flash (errno {n})"))?;
            seed_into(fs, root, &rel, walked, count)?;
        } else if meta.is_file() {
            let bytes = std::fs::read(&path).map_err(|e| format!("can't read {}: {e}", path.display()))?;
            fs.write_file(&target, &bytes).map_err(|n| format!("can't write {target} on the flash (errno {n})"))?;
            *count += 1;
        }
    }
    Ok(())
}

/// Write every flash file into `dir` (created if missing). Host files the
/// flash does not have are left alone; nothing is written through a
/// symlink that leads out of `dir`.
pub fn save(fs: &FlashFs, dir: &Path) -> Result<usize, String> {
    let (dirs, files) = fs.walk();
    std::fs::create_dir_all(dir).map_err(|e| format!("can't create {}: {e}", dir.display()))?;
    let root = HostRoot::new(dir)?;
    for d in dirs {
        let p = root.resolve(&d)?;
        std::fs::create_dir_all(&p).map_err(|e| format!("can't create {}: {e}", p.display()))?;
    }
    for (f, bytes) in &files {
        let p = root.resolve(f)?;
        std::fs::write(&p, bytes).map_err(|e| format!("can't write {}: {e}", p.display()))?;
    }
    Ok(files.len())
}
