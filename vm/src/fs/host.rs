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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn temp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("upy-host-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn flash_with(files: &[(&str, &[u8])]) -> FlashFs {
        let mut fs = FlashFs::new(1 << 20, 4096);
        for (path, bytes) in files {
            if let Some((dir, _)) = path.rsplit_once('/').filter(|(d, _)| !d.is_empty()) {
                fs.make_dirs(dir).unwrap();
            }
            fs.write_file(path, bytes).unwrap();
        }
        fs
    }

    #[test]
    fn save_refuses_to_write_through_a_symlinked_folder_out() {
        let root = temp("save-out");
        let outside = root.join("outside");
        let dir = root.join("fs");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::create_dir_all(&dir).unwrap();
        symlink(&outside, dir.join("sub")).unwrap();
        let fs = flash_with(&[("/sub/x.txt", b"written")]);
        let e = save(&fs, &dir).unwrap_err();
        assert!(e.contains("sub") && e.contains("outside"), "{e}");
        assert!(!outside.join("x.txt").exists());
    }

    #[test]
    fn save_refuses_to_write_through_a_symlinked_file_out_or_dangling() {
        let root = temp("save-file");
        let outside = root.join("outside.txt");
        std::fs::write(&outside, "keep").unwrap();
        let dir = root.join("fs");
        std::fs::create_dir_all(&dir).unwrap();
        symlink(&outside, dir.join("a.txt")).unwrap();
        symlink(root.join("nowhere.txt"), dir.join("b.txt")).unwrap();
        assert!(save(&flash_with(&[("/a.txt", b"x")]), &dir).unwrap_err().contains("a.txt"));
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep");
        assert!(save(&flash_with(&[("/b.txt", b"x")]), &dir).unwrap_err().contains("b.txt"));
        assert!(!root.join("nowhere.txt").exists());
    }

    #[test]
    fn save_and_seed_round_trip_inside() {
        let root = temp("round");
        let dir = root.join("fs");
        std::fs::create_dir_all(dir.join("lib")).unwrap();
        std::fs::write(dir.join("lib/real.py"), "X = 1\n").unwrap();
        symlink(dir.join("lib/real.py"), dir.join("alias.py")).unwrap();
        let mut fs = FlashFs::new(1 << 20, 4096);
        assert_eq!(seed(&mut fs, &dir).unwrap(), 2);
        assert_eq!(fs.read_file("/alias.py").unwrap(), b"X = 1\n");
        save(&flash_with(&[("/alias.py", b"X = 2\n")]), &dir).unwrap();
        // Written through the inside link, to the file it names.
        assert_eq!(std::fs::read_to_string(dir.join("lib/real.py")).unwrap(), "X = 2\n");
    }
}
