//! `import` from the flash: `.py` files on `sys.path` (default `""` and
//! `/lib`), tried before the host folders `upy run` adds, so `main.py` +
//! `lib/` layouts work as on a board.

use super::confine::HostRoot;
use super::FlashFs;
use crate::runtime::import::ModuleSource;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Finds modules on the flash first, then in the host folders.
pub struct FlashThenHost {
    pub flash: Arc<Mutex<FlashFs>>,
    pub host: Box<dyn ModuleSource>,
}

impl ModuleSource for FlashThenHost {
    fn find(&mut self, vm_path: &[String], name: &str) -> Option<(String, String)> {
        let found = {
            let fs = self.flash.lock().unwrap_or_else(|e| e.into_inner());
            find_on_flash(&fs, vm_path, name)
        };
        found.or_else(|| self.host.find(vm_path, name))
    }
}

/// Finds `.py` modules in host folders (only those the user named: the
/// script's folder for `upy run FILE`), never outside them.
pub struct HostFolders(Vec<(PathBuf, HostRoot)>);

impl HostFolders {
    /// Folders that do not exist are left out.
    pub fn new(dirs: &[PathBuf]) -> HostFolders {
        // Each kept with its name as given, for file names in tracebacks.
        HostFolders(dirs.iter().filter_map(|d| Some((d.clone(), HostRoot::new(d).ok()?))).collect())
    }
}

impl ModuleSource for HostFolders {
    fn find(&mut self, _path: &[String], name: &str) -> Option<(String, String)> {
        if !is_module_name(name) {
            return None;
        }
        let rel = name.replace('.', "/");
        for (dir, root) in &self.0 {
            for candidate in [format!("{rel}.py"), format!("{rel}/__init__.py")] {
                // A symlink out of the folder is as good as absent.
                let Ok(path) = root.resolve(&candidate) else { continue };
                if let Ok(src) = std::fs::read_to_string(&path) {
                    return Some((src, dir.join(&candidate).display().to_string()));
                }
            }
        }
        None
    }
}

/// A dotted module name whose parts can only name a file under a search
/// folder: no empty part, no path separator. `__import__('/etc/x')` and
/// `__import__('..x')` find nothing.
pub fn is_module_name(name: &str) -> bool {
    name.split('.').all(|p| !p.is_empty() && !p.contains(['/', '\\', '\0']))
}

/// Find `name` on a flash filesystem along `path`.
pub fn find_on_flash(fs: &FlashFs, path: &[String], name: &str) -> Option<(String, String)> {
    if !is_module_name(name) {
        return None;
    }
    let rel = name.replace('.', "/");
    let default = ["".to_string(), "/lib".to_string()];
    let dirs: &[String] = if path.is_empty() { &default } else { path };
    for dir in dirs {
        let base = if dir.is_empty() || dir == "." { fs.cwd.clone() } else { fs.resolve(dir) };
        let base = base.trim_end_matches('/').to_string();
        for candidate in [format!("{base}/{rel}.py"), format!("{base}/{rel}/__init__.py")] {
            if let Ok(bytes) = fs.read_file(&candidate) {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                return Some((text, candidate));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_modules_in_cwd_and_lib() {
        let mut fs = FlashFs::new(1 << 20, 4096);
        fs.mkdir("/lib").unwrap();
        fs.write_file("/lib/helper.py", b"X = 1\n").unwrap();
        fs.write_file("/main.py", b"import helper\n").unwrap();
        fs.make_dirs("/lib/pkg").unwrap();
        fs.write_file("/lib/pkg/__init__.py", b"").unwrap();
        assert_eq!(find_on_flash(&fs, &[], "helper").map(|f| f.1), Some("/lib/helper.py".into()));
        assert_eq!(find_on_flash(&fs, &[], "main").map(|f| f.1), Some("/main.py".into()));
        assert_eq!(find_on_flash(&fs, &[], "pkg").map(|f| f.1), Some("/lib/pkg/__init__.py".into()));
        assert!(find_on_flash(&fs, &[], "nope").is_none());
    }
}
