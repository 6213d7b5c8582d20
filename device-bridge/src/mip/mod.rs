//! `mip install`, as MicroPython's `mip` and `mpremote mip` do it, from
//! this side of the link: packages of the micropython-lib index (its
//! default is MicroPython's, <https://micropython.org/pi/v2>), packages and
//! files on GitHub, GitLab and Codeberg, and URLs.
//!
//! The host downloads; the board only stores. An index package is
//! `{index}/package/{mpy}/{name}/{version}.json`, listing files by hash
//! (`{index}/file/{h[:2]}/{h}`), files by URL, and dependencies. `{mpy}` is
//! the board's `.mpy` version when it runs compiled files and the index has
//! that version; else `py`, the sources. A file already on the board with
//! the same hash is left alone.

pub mod board;
pub mod fetch;
pub mod source;

use std::collections::HashSet;

use serde_json::Value;

use fetch::{Fetch, FetchError};
use source::{resolve, rewrite_url, Source};

pub const DEFAULT_INDEX: &str = "https://micropython.org/pi/v2";

/// What mip needs of a board: where packages go, which `.mpy` it runs,
/// and storing files.
pub trait MipBoard {
    /// The `.mpy` version the board runs (`sys.implementation._mpy & 0xff`),
    /// or `None` when it runs only source.
    fn mpy_version(&mut self) -> Result<Option<u32>, String>;
    /// The first folder of `sys.path` that ends in `/lib`.
    fn lib_dir(&mut self) -> Result<Option<String>, String>;
    /// A file's SHA-256 as hex; `None` when it is missing (or the board
    /// cannot hash).
    fn file_sha256(&mut self, path: &str) -> Result<Option<String>, String>;
    /// Store a file, making its folders.
    fn write_file(&mut self, path: &str, data: &[u8], progress: &mut dyn FnMut(u64, u64)) -> Result<(), String>;
}

#[derive(Clone, Debug)]
pub struct Options {
    pub index: String,
    /// Folder on the board; default: its `lib` folder on `sys.path`.
    pub target: Option<String>,
    /// Install `.mpy` files when the board runs them (else always `.py`).
    pub mpy: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { index: DEFAULT_INDEX.to_string(), target: None, mpy: true }
    }
}

/// What the installer tells its front end as it goes.
#[derive(Debug, PartialEq, Eq)]
pub enum Note {
    /// A package and where it goes.
    Package {
        what: String,
        target: String,
    },
    /// A file is being written (`bytes` long); its progress follows.
    Installing {
        path: String,
        bytes: u64,
    },
    Progress {
        done: u64,
        total: u64,
    },
    /// A file on the board already has the index's hash.
    Exists {
        path: String,
    },
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub installed: Vec<String>,
    pub unchanged: Vec<String>,
}

/// Install `spec` (`NAME[@VERSION]`, `github:ORG/REPO[@BRANCH]`, a URL).
pub fn install(
    board: &mut dyn MipBoard,
    fetch: &dyn Fetch,
    spec: &str,
    options: &Options,
    notes: &mut dyn FnMut(Note),
) -> Result<Report, String> {
    let (source, version) = Source::parse(spec)?;
    let target = match &options.target {
        Some(t) => t.trim_end_matches('/').to_string(),
        None => board.lib_dir()?.unwrap_or_else(|| "/lib".to_string()),
    };
    let mpy = if options.mpy { board.mpy_version()? } else { None };
    let mut run = Install {
        board,
        fetch,
        index: options.index.trim_end_matches('/').to_string(),
        target,
        mpy,
        notes,
        report: Report::default(),
        seen: HashSet::new(),
    };
    run.source(source, version)?;
    Ok(run.report)
}

struct Install<'a> {
    board: &'a mut dyn MipBoard,
    fetch: &'a dyn Fetch,
    index: String,
    target: String,
    mpy: Option<u32>,
    notes: &'a mut dyn FnMut(Note),
    report: Report,
    /// Packages done, so a dependency cycle ends.
    seen: HashSet<String>,
}

impl Install<'_> {
    fn source(&mut self, source: Source, version: Option<String>) -> Result<(), String> {
        if !self.seen.insert(format!("{source:?}")) {
            return Ok(());
        }
        match source {
            Source::Index { name, version } => {
                (self.notes)(Note::Package {
                    what: format!("{name} ({version}) from {}", self.index),
                    target: self.target.clone(),
                });
                let json = self.index_package(&name, &version)?;
                self.package(&json, None, Some(&version))
            }
            Source::File { url, name } => {
                (self.notes)(Note::Package { what: url.clone(), target: self.target.clone() });
                let data = self.download(&url)?;
                let path = format!("{}/{name}", self.target);
                self.store(&path, &data)
            }
            Source::Json { url } => {
                (self.notes)(Note::Package { what: url.clone(), target: self.target.clone() });
                let text = self.fetch.get(&rewrite_url(&url, version.as_deref())).map_err(|e| match e {
                    FetchError::NotFound => format!("package not found: {url}"),
                    FetchError::Failed(why) => why,
                })?;
                let json = parse_json(&url, &text)?;
                self.package(&json, Some(&url), version.as_deref())
            }
        }
    }

    /// The package's description, compiled for this board when the index
    /// has its `.mpy` version, else as source.
    fn index_package(&mut self, name: &str, version: &str) -> Result<Value, String> {
        let mut flavours: Vec<String> = self.mpy.map(|m| m.to_string()).into_iter().collect();
        flavours.push("py".into());
        for flavour in &flavours {
            let url = format!("{}/package/{flavour}/{name}/{version}.json", self.index);
            match self.fetch.get(&url) {
                Ok(text) => return parse_json(&url, &text),
                Err(FetchError::NotFound) => continue,
                Err(FetchError::Failed(why)) => return Err(why),
            }
        }
        Err(format!("package not found: {name} ({version}) in {}", self.index))
    }

    fn package(&mut self, json: &Value, base: Option<&str>, version: Option<&str>) -> Result<(), String> {
        for (path, hash) in pairs(json, "hashes") {
            let dest = format!("{}/{path}", self.target);
            let on_board = self.board.file_sha256(&dest)?;
            if on_board.is_some_and(|h| !hash.is_empty() && h.starts_with(&hash)) {
                (self.notes)(Note::Exists { path: dest.clone() });
                self.report.unchanged.push(dest);
                continue;
            }
            let prefix = hash.get(..2).ok_or_else(|| format!("bad hash {hash:?} for {path}"))?;
            let data = self.download(&format!("{}/file/{prefix}/{hash}", self.index))?;
            self.store(&dest, &data)?;
        }
        for (path, url) in pairs(json, "urls") {
            let dest = format!("{}/{path}", self.target);
            let url = base.map(|b| resolve(b, &url)).unwrap_or(url);
            let data = self.download(&rewrite_url(&url, version))?;
            self.store(&dest, &data)?;
        }
        for (dep, dep_version) in pairs(json, "deps") {
            let spec = if dep_version.is_empty() { dep } else { format!("{dep}@{dep_version}") };
            let (source, version) = Source::parse(&spec)?;
            self.source(source, version)?;
        }
        Ok(())
    }

    fn download(&self, url: &str) -> Result<Vec<u8>, String> {
        self.fetch.get(url).map_err(|e| match e {
            FetchError::NotFound => format!("file not found: {url}"),
            FetchError::Failed(why) => why,
        })
    }

    fn store(&mut self, path: &str, data: &[u8]) -> Result<(), String> {
        (self.notes)(Note::Installing { path: path.to_string(), bytes: data.len() as u64 });
        let notes = &mut self.notes;
        self.board.write_file(path, data, &mut |done, total| notes(Note::Progress { done, total }))?;
        self.report.installed.push(path.to_string());
        Ok(())
    }
}

/// SHA-256 as hex, as [`MipBoard::file_sha256`] answers.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

fn parse_json(url: &str, text: &[u8]) -> Result<Value, String> {
    serde_json::from_slice(text).map_err(|e| format!("{url}: not a package description ({e})"))
}

/// `[[a, b], …]` entries of a package description, as strings.
fn pairs(json: &Value, key: &str) -> Vec<(String, String)> {
    let Some(list) = json.get(key).and_then(Value::as_array) else { return Vec::new() };
    list.iter()
        .filter_map(|pair| {
            let pair = pair.as_array()?;
            let text = |i: usize| pair.get(i).and_then(Value::as_str).unwrap_or("").to_string();
            Some((text(0), text(1)))
        })
        .collect()
}
