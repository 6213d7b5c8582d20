//! The board's filesystem, like `mpremote fs`: each operation is a short
//! Python program run in the raw REPL.
//!
//! Transfers are binary-safe: uploads send bytes literals (or hex, whichever
//! is shorter) a chunk per run; downloads come back as hex lines, decoded as
//! they stream in. Over WebREPL, the file bytes go in WebREPL's own binary
//! messages instead. An upload is written to `NAME.upy-tmp` and renamed over
//! `NAME` at the end, so an interrupted upload never leaves half a file.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use upy_vm::target::{Interrupt, NoInput, OutputSink, Stream};

use crate::connection::Connection;
use crate::error::DeviceError;
use crate::webrepl::request::NAME_MAX;

/// Bytes of file data per upload run: small enough for a board's heap once
/// encoded (at most twice as large), large enough that the per-run cost of
/// the raw REPL does not dominate.
pub const PUT_CHUNK: usize = 2048;
const GET_CHUNK: usize = 512;
const TMP_SUFFIX: &str = ".upy-tmp";

/// Told how many bytes of how many have been transferred.
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Path as given to `ls`, joined with `/`.
    pub path: String,
    pub size: u64,
    pub is_dir: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskUsage {
    pub total: u64,
    pub free: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub uploaded: Vec<String>,
    pub unchanged: Vec<String>,
    /// The board has no `hashlib.sha256`: files were compared by size only.
    pub compared_by_size_only: bool,
}

/// File operations on a connected board.
pub struct BoardFs<'a> {
    conn: &'a mut Connection,
}

impl<'a> BoardFs<'a> {
    pub fn new(conn: &'a mut Connection) -> BoardFs<'a> {
        BoardFs { conn }
    }

    /// Run a short program and return what it printed.
    pub fn exec_text(&mut self, code: &str) -> Result<String, DeviceError> {
        self.conn.exec_text(code)
    }

    fn exec(&mut self, what: impl FnOnce() -> String, code: &str) -> Result<String, DeviceError> {
        self.conn.exec_text(code).map_err(|e| remote(what(), e))
    }

    /// List a directory (`recursive`: and everything below it).
    pub fn ls(&mut self, path: &str, recursive: bool) -> Result<Vec<Entry>, DeviceError> {
        let code = format!(
            "import os\n\
             def _upy_ls(d, r):\n \
             for e in os.ilistdir(d):\n  \
             p = e[0] if d in ('', '.') else d.rstrip('/') + '/' + e[0]\n  \
             if e[1] & 0x4000:\n   \
             print('D 0 ' + p)\n   \
             if r:\n    _upy_ls(p, r)\n  \
             else:\n   \
             print('F %d %s' % (e[3] if len(e) > 3 else os.stat(p)[6], p))\n\
             _upy_ls({}, {})\n",
            py_str(path),
            if recursive { "True" } else { "False" }
        );
        let text = self.exec(|| format!("ls {path}"), &code)?;
        let mut entries: Vec<Entry> = text.lines().filter_map(parse_entry).collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    /// A file's contents.
    pub fn cat(&mut self, path: &str) -> Result<Vec<u8>, DeviceError> {
        self.get_bytes(path, &mut |_, _| {})
    }

    /// Download a file's bytes, reporting progress.
    pub fn get_bytes(&mut self, path: &str, progress: Progress<'_>) -> Result<Vec<u8>, DeviceError> {
        let size = self.size_of(path)?;
        if path.len() <= NAME_MAX {
            let timeout = self.conn.options().timeouts.answer;
            if let Some(link) = self.conn.webrepl()? {
                let got = link.get_file(path, size, timeout, progress);
                return got.inspect_err(|_| self.conn.drop_link());
            }
        }
        let code = format!(
            "import binascii\n\
             with open({}, 'rb') as _upy_f:\n \
             while True:\n  \
             _upy_b = _upy_f.read({GET_CHUNK})\n  \
             if not _upy_b:\n   break\n  \
             print(binascii.hexlify(_upy_b).decode())\n",
            py_str(path)
        );
        let mut sink =
            HexSink { data: Vec::with_capacity(size as usize), line: String::new(), total: size, progress, bad: false };
        self.conn
            .run_streaming(&code, &mut sink, &mut NoInput, &Interrupt::new())
            .map_err(|e| remote(format!("get {path}"), e))?;
        sink.finish_line();
        if sink.bad {
            return Err(DeviceError::Local(format!("get {path}: the board sent data that is not hex")));
        }
        Ok(sink.data)
    }

    /// Download to a local file.
    pub fn get(&mut self, remote_path: &str, local: &Path, progress: Progress<'_>) -> Result<u64, DeviceError> {
        let data = self.get_bytes(remote_path, progress)?;
        std::fs::write(local, &data)
            .map_err(|e| DeviceError::Local(format!("cannot write {}: {e}", local.display())))?;
        Ok(data.len() as u64)
    }

    /// Upload bytes to `remote_path`, via a temporary name and a rename.
    pub fn put_bytes(&mut self, data: &[u8], remote_path: &str, progress: Progress<'_>) -> Result<(), DeviceError> {
        let what = || format!("put {remote_path}");
        let tmp = format!("{remote_path}{TMP_SUFFIX}");
        let total = data.len() as u64;
        if tmp.len() <= NAME_MAX {
            let timeout = self.conn.options().timeouts.answer;
            if let Some(link) = self.conn.webrepl()? {
                if let Err(e) = link.put_file(&tmp, data, timeout, progress) {
                    self.conn.drop_link();
                    return Err(e);
                }
                return self.finish_upload(remote_path, &tmp);
            }
        }
        self.exec(what, &format!("_upy_f = open({}, 'wb')\n_upy_w = _upy_f.write\n", py_str(&tmp)))?;
        progress(0, total);
        let mut sent = 0u64;
        for chunk in data.chunks(PUT_CHUNK) {
            let code = format!("_upy_w({})\n", py_bytes(chunk));
            if let Err(e) = self.conn.exec_text(&code) {
                self.abandon_upload(&tmp);
                return Err(remote(what(), e));
            }
            sent += chunk.len() as u64;
            progress(sent, total);
        }
        if let Err(e) = self.conn.exec_text("_upy_f.close()\n") {
            self.abandon_upload(&tmp);
            return Err(remote(what(), e));
        }
        self.finish_upload(remote_path, &tmp)
    }

    /// Put the complete upload in place of the old file.
    fn finish_upload(&mut self, remote_path: &str, tmp: &str) -> Result<(), DeviceError> {
        let finish = format!(
            "import os\ntry:\n os.remove({dst})\nexcept OSError:\n pass\nos.rename({tmp}, {dst})\n",
            dst = py_str(remote_path),
            tmp = py_str(tmp)
        );
        if let Err(e) = self.conn.exec_text(&finish) {
            self.abandon_upload(tmp);
            return Err(remote(format!("put {remote_path}"), e));
        }
        Ok(())
    }

    /// Best effort: close and delete a failed upload's temporary file.
    fn abandon_upload(&mut self, tmp: &str) {
        if self.conn.is_connected() {
            let code = format!("try:\n _upy_f.close()\nexcept Exception:\n pass\nimport os\ntry:\n os.remove({})\nexcept OSError:\n pass\n", py_str(tmp));
            let _ = self.conn.exec_text(&code);
        }
    }

    /// Upload a local file.
    pub fn put(&mut self, local: &Path, remote_path: &str, progress: Progress<'_>) -> Result<u64, DeviceError> {
        let data =
            std::fs::read(local).map_err(|e| DeviceError::Local(format!("cannot read {}: {e}", local.display())))?;
        self.put_bytes(&data, remote_path, progress)?;
        Ok(data.len() as u64)
    }

    pub fn rm(&mut self, path: &str) -> Result<(), DeviceError> {
        self.exec(|| format!("rm {path}"), &format!("import os\nos.remove({})\n", py_str(path))).map(drop)
    }

    pub fn rmdir(&mut self, path: &str) -> Result<(), DeviceError> {
        self.exec(|| format!("rmdir {path}"), &format!("import os\nos.rmdir({})\n", py_str(path))).map(drop)
    }

    /// Make a directory and any missing parents (existing ones are fine).
    pub fn mkdir(&mut self, path: &str) -> Result<(), DeviceError> {
        let code = format!(
            "import os\n\
             _upy_p = ''\n\
             for _upy_part in {}.split('/'):\n \
             if not _upy_part:\n  \
             _upy_p = '/' if not _upy_p else _upy_p\n  \
             continue\n \
             _upy_p = _upy_p + _upy_part if _upy_p in ('', '/') else _upy_p + '/' + _upy_part\n \
             try:\n  os.mkdir(_upy_p)\n \
             except OSError as e:\n  \
             if e.args[0] != 17:\n   raise\n",
            py_str(path)
        );
        self.exec(|| format!("mkdir {path}"), &code).map(drop)
    }

    /// Size and free space of the filesystem holding `path`.
    pub fn df(&mut self, path: &str) -> Result<DiskUsage, DeviceError> {
        let code = format!(
            "import os\n_upy_s = os.statvfs({})\nprint(_upy_s[0] * _upy_s[2], _upy_s[0] * _upy_s[3])\n",
            py_str(path)
        );
        let text = self.exec(|| format!("df {path}"), &code)?;
        let mut numbers = text.split_whitespace().map(str::parse::<u64>);
        match (numbers.next(), numbers.next()) {
            (Some(Ok(total)), Some(Ok(free))) => Ok(DiskUsage { total, free }),
            _ => Err(DeviceError::Local(format!("df {path}: unexpected answer {text:?}"))),
        }
    }

    fn size_of(&mut self, path: &str) -> Result<u64, DeviceError> {
        let code = format!("import os\nprint(os.stat({})[6])\n", py_str(path));
        let text = self.exec(|| format!("stat {path}"), &code)?;
        text.trim().parse().map_err(|_| DeviceError::Local(format!("stat {path}: unexpected answer {text:?}")))
    }

    /// Upload the files of `local_dir` below `remote_dir` that differ from
    /// the board's copy by size or SHA-256 (computed on the board; by size
    /// alone where the board has no `hashlib.sha256`).
    pub fn sync(
        &mut self,
        local_dir: &Path,
        remote_dir: &str,
        progress: Progress<'_>,
    ) -> Result<SyncReport, DeviceError> {
        let local = local_files(local_dir)?;
        let remote = self.remote_hashes(remote_dir)?;
        let mut report =
            SyncReport { compared_by_size_only: remote.iter().any(|r| r.2.is_none()), ..SyncReport::default() };
        let changed: Vec<&(String, PathBuf, u64)> = local
            .iter()
            .filter(|(rel, path, size)| {
                let theirs = remote.iter().find(|(p, _, _)| p == rel);
                let same = match theirs {
                    Some((_, their_size, Some(their_hash))) => {
                        their_size == size && sha256_file(path).map(|h| &h == their_hash).unwrap_or(false)
                    }
                    Some((_, their_size, None)) => their_size == size,
                    None => false,
                };
                if same {
                    report.unchanged.push(rel.clone());
                }
                !same
            })
            .collect();
        let total: u64 = changed.iter().map(|(_, _, size)| size).sum();
        let mut done = 0u64;
        let mut made_dirs: Vec<String> = Vec::new();
        for (rel, path, size) in changed {
            let target = join_remote(remote_dir, rel);
            if let Some((dir, _)) = target.rsplit_once('/') {
                if !dir.is_empty() && !made_dirs.iter().any(|d| d == dir) {
                    self.mkdir(dir)?;
                    made_dirs.push(dir.to_string());
                }
            }
            let base = done;
            self.put(path, &target, &mut |sent, _| progress(base + sent, total))?;
            done += size;
            report.uploaded.push(rel.clone());
        }
        Ok(report)
    }

    /// `(relative path, size, sha256 hex)` of every file below `dir`.
    fn remote_hashes(&mut self, dir: &str) -> Result<Vec<(String, u64, Option<String>)>, DeviceError> {
        let code = format!(
            "import os\n\
             try:\n import hashlib, binascii\n _upy_h = hasattr(hashlib, 'sha256')\n\
             except ImportError:\n _upy_h = False\n\
             def _upy_hash(p):\n \
             if not _upy_h:\n  return '-'\n \
             h = hashlib.sha256()\n \
             with open(p, 'rb') as f:\n  \
             while True:\n   \
             b = f.read(512)\n   \
             if not b:\n    break\n   \
             h.update(b)\n \
             return binascii.hexlify(h.digest()).decode()\n\
             def _upy_walk(d, rel):\n \
             try:\n  it = os.ilistdir(d)\n \
             except OSError:\n  return\n \
             for e in it:\n  \
             p = d.rstrip('/') + '/' + e[0] if d not in ('', '.') else e[0]\n  \
             r = rel + '/' + e[0] if rel else e[0]\n  \
             if e[1] & 0x4000:\n   _upy_walk(p, r)\n  \
             else:\n   print('%d %s %s' % (os.stat(p)[6], _upy_hash(p), r))\n\
             _upy_walk({}, '')\n",
            py_str(dir)
        );
        let text = self.exec(|| format!("sync {dir}"), &code)?;
        Ok(text
            .lines()
            .filter_map(|line| {
                let mut parts = line.splitn(3, ' ');
                let size = parts.next()?.parse().ok()?;
                let hash = parts.next()?;
                let rel = parts.next()?.to_string();
                Some((rel, size, (hash != "-").then(|| hash.to_string())))
            })
            .collect())
    }
}

/// Wrap a board exception with the operation that caused it.
fn remote(what: String, e: DeviceError) -> DeviceError {
    match e {
        DeviceError::Board(error) => DeviceError::Remote { what, error },
        other => other,
    }
}

fn parse_entry(line: &str) -> Option<Entry> {
    let mut parts = line.splitn(3, ' ');
    let kind = parts.next()?;
    let size = parts.next()?.parse().ok()?;
    let path = parts.next()?.to_string();
    match kind {
        "D" => Some(Entry { path, size, is_dir: true }),
        "F" => Some(Entry { path, size, is_dir: false }),
        _ => None,
    }
}

fn join_remote(dir: &str, rel: &str) -> String {
    match dir.trim_end_matches('/') {
        "" if dir.starts_with('/') => format!("/{rel}"),
        "" | "." => rel.to_string(),
        d => format!("{d}/{rel}"),
    }
}

/// Every file below `dir`: (path relative to it with `/`, local path, size).
fn local_files(dir: &Path) -> Result<Vec<(String, PathBuf, u64)>, DeviceError> {
    let mut found = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((path, rel)) = stack.pop() {
        let entries =
            std::fs::read_dir(&path).map_err(|e| DeviceError::Local(format!("cannot read {}: {e}", path.display())))?;
        for entry in entries {
            let entry = entry.map_err(|e| DeviceError::Local(format!("cannot read {}: {e}", path.display())))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let child_rel = if rel.is_empty() { name } else { format!("{rel}/{name}") };
            let meta = entry
                .metadata()
                .map_err(|e| DeviceError::Local(format!("cannot read {}: {e}", entry.path().display())))?;
            if meta.is_dir() {
                stack.push((entry.path(), child_rel));
            } else if meta.is_file() {
                found.push((child_rel, entry.path(), meta.len()));
            }
        }
    }
    found.sort();
    Ok(found)
}

fn sha256_file(path: &Path) -> std::io::Result<String> {
    let data = std::fs::read(path)?;
    Ok(Sha256::digest(&data).iter().map(|b| format!("{b:02x}")).collect())
}

/// A Python string literal for any text.
pub fn py_str(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A Python expression for bytes: a `b'…'` literal, or hex decoded on the
/// board when that is shorter (binary data).
pub fn py_bytes(data: &[u8]) -> String {
    let mut literal = String::with_capacity(data.len() + 3);
    literal.push_str("b'");
    for &b in data {
        match b {
            b'\\' => literal.push_str("\\\\"),
            b'\'' => literal.push_str("\\'"),
            0x20..=0x7e => literal.push(b as char),
            _ => literal.push_str(&format!("\\x{b:02x}")),
        }
    }
    literal.push('\'');
    if literal.len() <= data.len() * 2 + 40 {
        return literal;
    }
    let hex: String = data.iter().map(|b| format!("{b:02x}")).collect();
    format!("__import__('binascii').unhexlify('{hex}')")
}

/// Decodes the hex lines of a download as they arrive.
struct HexSink<'p, 'q> {
    data: Vec<u8>,
    line: String,
    total: u64,
    progress: &'p mut (dyn FnMut(u64, u64) + 'q),
    bad: bool,
}

impl HexSink<'_, '_> {
    fn finish_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        let hex = line.trim();
        if !hex.len().is_multiple_of(2) {
            self.bad = true;
            return;
        }
        for pair in hex.as_bytes().chunks(2) {
            match std::str::from_utf8(pair).ok().and_then(|p| u8::from_str_radix(p, 16).ok()) {
                Some(b) => self.data.push(b),
                None => {
                    self.bad = true;
                    return;
                }
            }
        }
        (self.progress)(self.data.len() as u64, self.total);
    }
}

impl OutputSink for HexSink<'_, '_> {
    fn write(&mut self, stream: Stream, text: &str) {
        if stream != Stream::Stdout {
            return;
        }
        for c in text.chars() {
            if c == '\n' {
                self.finish_line();
            } else {
                self.line.push(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_literals() {
        assert_eq!(py_str("a'b\\c\n"), "'a\\'b\\\\c\\n'");
        assert_eq!(py_str("é"), "'é'");
        assert_eq!(py_bytes(b"hi 'x'"), "b'hi \\'x\\''");
        let binary: Vec<u8> = (0..=255).collect();
        assert!(py_bytes(&binary).starts_with("__import__('binascii').unhexlify('000102"));
    }

    #[test]
    fn listing_lines() {
        assert_eq!(parse_entry("F 12 lib/a b.py"), Some(Entry { path: "lib/a b.py".into(), size: 12, is_dir: false }));
        assert_eq!(parse_entry("D 0 lib"), Some(Entry { path: "lib".into(), size: 0, is_dir: true }));
        assert_eq!(parse_entry("junk"), None);
    }

    #[test]
    fn remote_paths() {
        assert_eq!(join_remote("/", "a/b.py"), "/a/b.py");
        assert_eq!(join_remote("", "a.py"), "a.py");
        assert_eq!(join_remote("/lib/", "a.py"), "/lib/a.py");
    }
}
