//! The simulated board's flash filesystem, held in memory: what `open()`,
//! `os` and `import` see. It can be seeded from a host folder and saved
//! back on request (`host.rs`); otherwise the host is never touched.

pub mod file;
pub mod host;
pub mod loader;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// errno values the filesystem raises `OSError` with.
pub mod errno {
    pub const ENOENT: i64 = 2;
    pub const EBADF: i64 = 9;
    pub const EACCES: i64 = 13;
    pub const EEXIST: i64 = 17;
    pub const ENOTDIR: i64 = 20;
    pub const EISDIR: i64 = 21;
    pub const EINVAL: i64 = 22;
    pub const ENOSPC: i64 = 28;
    pub const ENOTEMPTY: i64 = 39;
}

pub type FsResult<T> = Result<T, i64>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Dir,
    /// A file's contents live in `FlashFs::data` under this inode, so open
    /// files keep working across a rename.
    File(u64),
}

#[derive(Debug)]
pub struct FlashFs {
    /// Absolute normalised path ("/", "/lib/x.py") → node.
    nodes: BTreeMap<String, Node>,
    data: BTreeMap<u64, Vec<u8>>,
    next_inode: u64,
    pub cwd: String,
    pub capacity: u64,
    pub block_size: u32,
    /// Seconds since the epoch stamped on files (from the VM's clock).
    pub mtimes: BTreeMap<u64, i64>,
}

/// The VM's flash, shared with the module loader (which cannot borrow the
/// VM while `import` runs).
pub struct Flash(pub Arc<Mutex<FlashFs>>);

impl crate::runtime::extensions::Extension for Flash {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl FlashFs {
    pub fn new(capacity: u64, block_size: u32) -> FlashFs {
        let mut nodes = BTreeMap::new();
        nodes.insert("/".to_string(), Node::Dir);
        FlashFs {
            nodes,
            data: BTreeMap::new(),
            next_inode: 1,
            cwd: "/".into(),
            capacity,
            block_size: block_size.max(1),
            mtimes: BTreeMap::new(),
        }
    }

    /// An absolute path with `.` and `..` resolved.
    pub fn resolve(&self, path: &str) -> String {
        let joined = if path.starts_with('/') { path.to_string() } else { format!("{}/{}", self.cwd, path) };
        let mut parts: Vec<&str> = vec![];
        for p in joined.split('/') {
            match p {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                p => parts.push(p),
            }
        }
        format!("/{}", parts.join("/"))
    }

    fn parent(path: &str) -> &str {
        match path.rfind('/') {
            Some(0) => "/",
            Some(i) => &path[..i],
            None => "/",
        }
    }

    fn child_prefix(dir: &str) -> String {
        if dir == "/" {
            "/".into()
        } else {
            format!("{dir}/")
        }
    }

    pub fn node(&self, path: &str) -> Option<&Node> {
        self.nodes.get(&self.resolve(path))
    }

    pub fn is_dir(&self, path: &str) -> bool {
        matches!(self.node(path), Some(Node::Dir))
    }

    pub fn is_file(&self, path: &str) -> bool {
        matches!(self.node(path), Some(Node::File(_)))
    }

    /// Bytes used, counted in whole blocks like littlefs.
    pub fn used_bytes(&self) -> u64 {
        let bs = self.block_size as u64;
        let files: u64 = self.data.values().map(|d| (d.len() as u64).div_ceil(bs).max(1) * bs).sum();
        let dirs = self.nodes.values().filter(|n| **n == Node::Dir).count() as u64 * bs;
        files + dirs
    }

    fn check_space(&self, inode: u64, new_len: usize) -> FsResult<()> {
        let bs = self.block_size as u64;
        let old = self.data.get(&inode).map_or(0, |d| (d.len() as u64).div_ceil(bs).max(1) * bs);
        let new = (new_len as u64).div_ceil(bs).max(1) * bs;
        if new > old && self.used_bytes() + (new - old) > self.capacity {
            return Err(errno::ENOSPC);
        }
        Ok(())
    }

    pub fn listdir(&self, path: &str) -> FsResult<Vec<(String, bool, u64)>> {
        let dir = self.resolve(path);
        match self.nodes.get(&dir) {
            Some(Node::Dir) => {}
            Some(_) => return Err(errno::ENOTDIR),
            None => return Err(errno::ENOENT),
        }
        let prefix = Self::child_prefix(&dir);
        let mut out = vec![];
        for (p, n) in self.nodes.range(prefix.clone()..) {
            let Some(rest) = p.strip_prefix(&prefix) else { break };
            if rest.is_empty() || rest.contains('/') {
                continue;
            }
            let size = match n {
                Node::File(i) => self.data.get(i).map_or(0, |d| d.len() as u64),
                Node::Dir => 0,
            };
            out.push((rest.to_string(), *n == Node::Dir, size));
        }
        Ok(out)
    }

    pub fn mkdir(&mut self, path: &str) -> FsResult<()> {
        let p = self.resolve(path);
        if self.nodes.contains_key(&p) {
            return Err(errno::EEXIST);
        }
        match self.nodes.get(Self::parent(&p)) {
            Some(Node::Dir) => {}
            Some(_) => return Err(errno::ENOTDIR),
            None => return Err(errno::ENOENT),
        }
        if self.used_bytes() + self.block_size as u64 > self.capacity {
            return Err(errno::ENOSPC);
        }
        self.nodes.insert(p, Node::Dir);
        Ok(())
    }

    pub fn rmdir(&mut self, path: &str) -> FsResult<()> {
        let p = self.resolve(path);
        match self.nodes.get(&p) {
            Some(Node::Dir) if p != "/" => {}
            Some(Node::Dir) => return Err(errno::EACCES),
            Some(_) => return Err(errno::ENOTDIR),
            None => return Err(errno::ENOENT),
        }
        if !self.listdir(&p)?.is_empty() {
            return Err(errno::ENOTEMPTY);
        }
        self.nodes.remove(&p);
        Ok(())
    }

    pub fn remove(&mut self, path: &str) -> FsResult<()> {
        let p = self.resolve(path);
        match self.nodes.get(&p) {
            Some(Node::File(i)) => {
                let i = *i;
                self.nodes.remove(&p);
                self.data.remove(&i);
                self.mtimes.remove(&i);
                Ok(())
            }
            Some(Node::Dir) => Err(errno::EISDIR),
            None => Err(errno::ENOENT),
        }
    }

    pub fn rename(&mut self, from: &str, to: &str) -> FsResult<()> {
        let a = self.resolve(from);
        let b = self.resolve(to);
        let node = self.nodes.get(&a).cloned().ok_or(errno::ENOENT)?;
        if a == "/" || b.starts_with(&Self::child_prefix(&a)) {
            return Err(errno::EINVAL);
        }
        match self.nodes.get(Self::parent(&b)) {
            Some(Node::Dir) => {}
            _ => return Err(errno::ENOENT),
        }
        match (self.nodes.get(&b), &node) {
            (Some(Node::Dir), Node::File(_)) => return Err(errno::EISDIR),
            (Some(Node::File(_)), Node::Dir) => return Err(errno::ENOTDIR),
            (Some(Node::Dir), Node::Dir) if !self.listdir(&b)?.is_empty() => return Err(errno::ENOTEMPTY),
            (Some(Node::File(_)), Node::File(_)) => self.remove(&b)?,
            _ => {}
        }
        // Move the node and, for a directory, everything under it.
        let prefix = Self::child_prefix(&a);
        let moved: Vec<(String, Node)> = self
            .nodes
            .range(prefix.clone()..)
            .take_while(|(p, _)| p.starts_with(&prefix))
            .map(|(p, n)| (p.clone(), n.clone()))
            .collect();
        self.nodes.remove(&a);
        self.nodes.insert(b.clone(), node);
        let new_prefix = Self::child_prefix(&b);
        for (p, n) in moved {
            self.nodes.remove(&p);
            self.nodes.insert(format!("{new_prefix}{}", &p[prefix.len()..]), n);
        }
        Ok(())
    }

    pub fn chdir(&mut self, path: &str) -> FsResult<()> {
        let p = self.resolve(path);
        match self.nodes.get(&p) {
            Some(Node::Dir) => {
                self.cwd = p;
                Ok(())
            }
            Some(_) => Err(errno::ENOTDIR),
            None => Err(errno::ENOENT),
        }
    }

    /// (is_dir, size, mtime)
    pub fn stat(&self, path: &str) -> FsResult<(bool, u64, i64)> {
        match self.node(path) {
            Some(Node::Dir) => Ok((true, 0, 0)),
            Some(Node::File(i)) => {
                Ok((false, self.data.get(i).map_or(0, |d| d.len() as u64), self.mtimes.get(i).copied().unwrap_or(0)))
            }
            None => Err(errno::ENOENT),
        }
    }

    /// Open (creating or truncating as asked) and return the file's inode.
    pub fn open_inode(&mut self, path: &str, create: bool, truncate: bool, exclusive: bool, now: i64) -> FsResult<u64> {
        let p = self.resolve(path);
        match self.nodes.get(&p) {
            Some(Node::Dir) => Err(errno::EISDIR),
            Some(Node::File(_)) if exclusive => Err(errno::EEXIST),
            Some(Node::File(i)) => {
                let i = *i;
                if truncate {
                    self.data.insert(i, vec![]);
                    self.mtimes.insert(i, now);
                }
                Ok(i)
            }
            None if !create => Err(errno::ENOENT),
            None => {
                match self.nodes.get(Self::parent(&p)) {
                    Some(Node::Dir) => {}
                    Some(_) => return Err(errno::ENOTDIR),
                    None => return Err(errno::ENOENT),
                }
                if p.rsplit('/').next().is_none_or(str::is_empty) {
                    return Err(errno::EINVAL);
                }
                let i = self.next_inode;
                self.check_space(i, 0)?;
                self.next_inode += 1;
                self.nodes.insert(p, Node::File(i));
                self.data.insert(i, vec![]);
                self.mtimes.insert(i, now);
                Ok(i)
            }
        }
    }

    pub fn contents(&self, inode: u64) -> FsResult<&Vec<u8>> {
        self.data.get(&inode).ok_or(errno::EBADF)
    }

    /// Write `bytes` at `pos` (extending with zeros if past the end).
    pub fn write_at(&mut self, inode: u64, pos: usize, bytes: &[u8], now: i64) -> FsResult<()> {
        let len = self.data.get(&inode).ok_or(errno::EBADF)?.len();
        self.check_space(inode, len.max(pos + bytes.len()))?;
        let d = self.data.get_mut(&inode).ok_or(errno::EBADF)?;
        if d.len() < pos + bytes.len() {
            d.resize(pos + bytes.len(), 0);
        }
        d[pos..pos + bytes.len()].copy_from_slice(bytes);
        self.mtimes.insert(inode, now);
        Ok(())
    }

    /// Whole-file helpers for seeding, saving and importing.
    pub fn read_file(&self, path: &str) -> FsResult<Vec<u8>> {
        match self.node(path) {
            Some(Node::File(i)) => Ok(self.data.get(i).cloned().unwrap_or_default()),
            Some(Node::Dir) => Err(errno::EISDIR),
            None => Err(errno::ENOENT),
        }
    }

    pub fn write_file(&mut self, path: &str, bytes: &[u8]) -> FsResult<()> {
        let i = self.open_inode(path, true, true, false, 0)?;
        self.write_at(i, 0, bytes, 0)
    }

    /// Create `path` and its missing parents.
    pub fn make_dirs(&mut self, path: &str) -> FsResult<()> {
        let p = self.resolve(path);
        let mut cur = String::new();
        for part in p.split('/').filter(|s| !s.is_empty()) {
            cur.push('/');
            cur.push_str(part);
            match self.nodes.get(&cur) {
                Some(Node::Dir) => {}
                Some(_) => return Err(errno::ENOTDIR),
                None => self.mkdir(&cur)?,
            }
        }
        Ok(())
    }

    /// Every file (absolute path → contents) and directory, for saving.
    pub fn walk(&self) -> (Vec<String>, Vec<(String, &Vec<u8>)>) {
        let mut dirs = vec![];
        let mut files = vec![];
        for (p, n) in &self.nodes {
            match n {
                Node::Dir => dirs.push(p.clone()),
                Node::File(i) => {
                    if let Some(d) = self.data.get(i) {
                        files.push((p.clone(), d));
                    }
                }
            }
        }
        (dirs, files)
    }
}

/// A flash size that replaces the board's (`SessionOptions::flash_size`: a
/// lab's per-student limit).
pub struct FlashSize(pub u64);

impl crate::runtime::extensions::Extension for FlashSize {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// An empty flash the size of the board's.
pub fn new_for_board(board: &str) -> FlashFs {
    match crate::board::profile::profile(board) {
        Some(p) => FlashFs::new(p.flash.total_bytes(), p.flash.block_size),
        None => FlashFs::new(2 * 1024 * 1024, 4096),
    }
}

/// An empty flash for this VM: the board's, or the size the session set.
fn new_for_vm(vm: &crate::runtime::vm::Vm) -> FlashFs {
    let board = new_for_board(&vm.board_name);
    match vm.extensions.get::<FlashSize>() {
        Some(FlashSize(bytes)) => FlashFs::new(*bytes, board.block_size),
        None => board,
    }
}

/// The VM's flash, made empty on first use if the session made none.
pub fn flash(vm: &mut crate::runtime::vm::Vm) -> Arc<Mutex<FlashFs>> {
    if vm.extensions.get::<Flash>().is_none() {
        let fs = new_for_vm(vm);
        vm.extensions.insert(Flash(Arc::new(Mutex::new(fs))));
    }
    vm.extensions.get::<Flash>().map(|f| f.0.clone()).expect("inserted above")
}

/// Run `f` on the VM's flash.
pub fn with_fs<R>(vm: &mut crate::runtime::vm::Vm, f: impl FnOnce(&mut FlashFs) -> R) -> R {
    let shared = flash(vm);
    let mut guard = shared.lock().unwrap_or_else(|e| e.into_inner());
    f(&mut guard)
}

/// Give a session's VM its flash — `keep` (surviving a soft reset) or a new
/// one seeded from `seed` — and make `import` look there before `host`.
pub fn install(
    vm: &mut crate::runtime::vm::Vm,
    seed: Option<&std::path::Path>,
    keep: Option<Arc<Mutex<FlashFs>>>,
    host: Box<dyn crate::runtime::import::ModuleSource>,
) -> Result<(), String> {
    let shared = match keep {
        Some(f) => f,
        None => {
            let mut fs = new_for_vm(vm);
            let r = seed.map(|dir| host::seed(&mut fs, dir));
            let shared = Arc::new(Mutex::new(fs));
            vm.extensions.insert(Flash(shared.clone()));
            vm.extensions
                .insert(crate::runtime::import::ModuleLoader(Box::new(loader::FlashThenHost { flash: shared, host })));
            return r.transpose().map(|_| ());
        }
    };
    vm.extensions.insert(Flash(shared.clone()));
    vm.extensions.insert(crate::runtime::import::ModuleLoader(Box::new(loader::FlashThenHost { flash: shared, host })));
    Ok(())
}

/// Write the flash's files into a host folder (`upy run --fs DIR --fs-save`).
pub fn save_to_host(vm: &mut crate::runtime::vm::Vm, dir: &std::path::Path) -> Result<usize, String> {
    let shared = flash(vm);
    let fs = shared.lock().unwrap_or_else(|e| e.into_inner());
    host::save(&fs, dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_against_cwd() {
        let mut f = FlashFs::new(1 << 20, 4096);
        f.mkdir("/lib").unwrap();
        f.chdir("lib").unwrap();
        assert_eq!(f.resolve("x.py"), "/lib/x.py");
        assert_eq!(f.resolve("../a/./b"), "/a/b");
        assert_eq!(f.resolve(".."), "/");
    }

    #[test]
    fn files_dirs_and_errors() {
        let mut f = FlashFs::new(1 << 20, 4096);
        f.write_file("/a.txt", b"hi").unwrap();
        assert_eq!(f.read_file("a.txt").unwrap(), b"hi");
        assert_eq!(f.mkdir("/a.txt"), Err(errno::EEXIST));
        assert_eq!(f.mkdir("/no/x"), Err(errno::ENOENT));
        f.mkdir("/d").unwrap();
        f.rename("/a.txt", "/d/b.txt").unwrap();
        assert_eq!(f.listdir("/d").unwrap(), vec![("b.txt".to_string(), false, 2)]);
        assert_eq!(f.rmdir("/d"), Err(errno::ENOTEMPTY));
        f.rename("/d", "/e").unwrap();
        assert_eq!(f.read_file("/e/b.txt").unwrap(), b"hi");
        f.remove("/e/b.txt").unwrap();
        f.rmdir("/e").unwrap();
        assert_eq!(f.listdir("/").unwrap(), vec![]);
    }

    #[test]
    fn capacity_is_enforced() {
        let mut f = FlashFs::new(3 * 4096, 4096);
        // The root directory takes one block.
        f.write_file("/a", &[0; 4096]).unwrap();
        assert_eq!(f.write_file("/b", &[0; 5000]), Err(errno::ENOSPC));
    }
}
