//! A host folder a local run may touch, and nothing outside it: the `--fs`
//! folder that seeds the flash and receives `--fs-save`, and the script's
//! folder `import` reads. Paths under it are resolved one component at a
//! time; a symlink is followed only while it stays inside, and one that
//! leaves (or dangles, so where it leads cannot be checked) is refused
//! with a message that names it.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct HostRoot {
    /// The folder, with every symlink in its own path resolved.
    root: PathBuf,
}

impl HostRoot {
    pub fn new(dir: &Path) -> Result<HostRoot, String> {
        let root = dir.canonicalize().map_err(|e| format!("{}: {e}", dir.display()))?;
        if !root.is_dir() {
            return Err(format!("{}: not a folder", dir.display()));
        }
        Ok(HostRoot { root })
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    /// The host path of `rel` (components separated by `/`), which need
    /// not exist yet. Absolute paths, `.`/`..` components and symlinks
    /// leading out of the folder are refused.
    pub fn resolve(&self, rel: &str) -> Result<PathBuf, String> {
        let mut at = self.root.clone();
        for part in rel.split('/').filter(|p| !p.is_empty()) {
            if part == "." || part == ".." || part.contains('\0') || part.contains('\\') {
                return Err(format!("{rel}: not a plain path inside {}", self.root.display()));
            }
            let next = at.join(part);
            at = match std::fs::symlink_metadata(&next) {
                Ok(m) if m.file_type().is_symlink() => self.follow(&next)?,
                Ok(_) => next,
                Err(e) if e.kind() == ErrorKind::NotFound => next,
                Err(e) => return Err(format!("{}: {e}", next.display())),
            };
        }
        Ok(at)
    }

    /// Where the symlink `link` (inside the folder) leads, if that is
    /// inside the folder too.
    fn follow(&self, link: &Path) -> Result<PathBuf, String> {
        match link.canonicalize() {
            Ok(target) if target.starts_with(&self.root) => Ok(target),
            Ok(target) => Err(format!(
                "{} is a symlink to {}, outside {}; refused",
                link.display(),
                target.display(),
                self.root.display()
            )),
            Err(_) => Err(format!(
                "{} is a symlink to {}, which does not exist; refused",
                link.display(),
                std::fs::read_link(link).map(|t| t.display().to_string()).unwrap_or_else(|_| "?".into())
            )),
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn temp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("upy-confine-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn plain_paths_resolve_inside() {
        let d = temp("plain");
        std::fs::create_dir(d.join("lib")).unwrap();
        let root = HostRoot::new(&d).unwrap();
        let base = d.canonicalize().unwrap();
        assert_eq!(root.resolve("lib/x.py").unwrap(), base.join("lib/x.py"));
        assert_eq!(root.resolve("/lib//x.py").unwrap(), base.join("lib/x.py"));
        assert_eq!(root.resolve("new/deeper").unwrap(), base.join("new/deeper"));
    }

    #[test]
    fn dot_dot_and_odd_components_are_refused() {
        let d = temp("dots");
        let root = HostRoot::new(&d).unwrap();
        for bad in ["..", "../x", "a/../../x", "./x", "a\\..\\x", "a\0b"] {
            assert!(root.resolve(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn symlinks_out_are_refused_and_named() {
        let outside = temp("outside");
        std::fs::write(outside.join("secret"), "s").unwrap();
        let d = temp("links");
        symlink(outside.join("secret"), d.join("file_out")).unwrap();
        symlink(&outside, d.join("dir_out")).unwrap();
        symlink(d.join("nowhere"), d.join("dangling")).unwrap();
        std::fs::create_dir(d.join("in")).unwrap();
        symlink(d.join("in"), d.join("dir_in")).unwrap();
        let root = HostRoot::new(&d).unwrap();
        let e = root.resolve("file_out").unwrap_err();
        assert!(e.contains("file_out") && e.contains("outside"), "{e}");
        let e = root.resolve("dir_out/secret").unwrap_err();
        assert!(e.contains("dir_out"), "{e}");
        assert!(root.resolve("dangling").unwrap_err().contains("does not exist"));
        assert_eq!(root.resolve("dir_in/x").unwrap(), d.canonicalize().unwrap().join("in/x"));
    }
}
