//! Seeding the flash from a host folder and saving it back — the only two
//! places the simulated filesystem touches the host, both on request.

use super::FlashFs;
use std::path::Path;

/// Copy every file under `dir` onto the flash root.
pub fn seed(fs: &mut FlashFs, dir: &Path) -> Result<usize, String> {
    let mut count = 0;
    seed_into(fs, dir, "/", &mut count)?;
    Ok(count)
}

fn seed_into(fs: &mut FlashFs, dir: &Path, at: &str, count: &mut usize) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("can't read {}: {e}", dir.display()))?;
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let target = if at == "/" { format!("/{name}") } else { format!("{at}/{name}") };
        let path = e.path();
        if path.is_dir() {
            fs.make_dirs(&target).map_err(|n| format!("can't create {target} on the flash (errno {n})"))?;
            seed_into(fs, &path, &target, count)?;
        } else if path.is_file() {
            let bytes = std::fs::read(&path).map_err(|e| format!("can't read {}: {e}", path.display()))?;
            fs.write_file(&target, &bytes).map_err(|n| format!("can't write {target} on the flash (errno {n})"))?;
            *count += 1;
        }
    }
    Ok(())
}

/// Write every flash file into `dir` (created if missing). Host files the
/// flash does not have are left alone.
pub fn save(fs: &FlashFs, dir: &Path) -> Result<usize, String> {
    let (dirs, files) = fs.walk();
    std::fs::create_dir_all(dir).map_err(|e| format!("can't create {}: {e}", dir.display()))?;
    for d in dirs {
        let p = dir.join(d.trim_start_matches('/'));
        std::fs::create_dir_all(&p).map_err(|e| format!("can't create {}: {e}", p.display()))?;
    }
    for (f, bytes) in &files {
        let p = dir.join(f.trim_start_matches('/'));
        std::fs::write(&p, bytes).map_err(|e| format!("can't write {}: {e}", p.display()))?;
    }
    Ok(files.len())
}
