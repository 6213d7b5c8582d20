//! Running simulated boards (`upy board`), so that discovery lists them and
//! `--port auto` finds one.
//!
//! Each board writes a small JSON file into the user's runtime folder
//! (`$UPY_RUNTIME_DIR`, else `$XDG_RUNTIME_DIR/upy`, else `/tmp/upy-UID`,
//! made private to the user) and removes it when it stops. A board killed
//! without the chance to do so leaves its file behind: readers drop files
//! whose process is gone (its id and start time no longer match) or whose
//! pseudo-terminal vanished.

use std::path::{Path, PathBuf};

use serde_json::json;

/// One running board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunningBoard {
    /// What clients open: the `--link` if it made one, else `/dev/pts/N`.
    pub path: String,
    /// The pseudo-terminal itself.
    pub device: String,
    /// Board profile: `esp32`, `rp2`, `generic`.
    pub board: String,
    /// `ws://127.0.0.1:PORT` when it serves WebREPL too.
    pub webrepl: Option<String>,
    pub pid: u32,
    /// The process's start time (clock ticks since boot), so a recycled
    /// process id is not mistaken for the board.
    pub started: Option<u64>,
}

/// Removes the board's file when dropped.
pub struct Registration {
    file: PathBuf,
}

impl Drop for Registration {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.file);
    }
}

impl Registration {
    pub fn file(&self) -> &Path {
        &self.file
    }
}

/// The folder of board files (not created).
pub fn boards_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("UPY_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("boards");
    }
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("upy").join("boards");
    }
    PathBuf::from(format!("/tmp/upy-{}", nix::unistd::getuid())).join("boards")
}

/// Announce a board; it stays listed until the registration is dropped.
pub fn register(board: &RunningBoard) -> Result<Registration, String> {
    register_in(&boards_dir(), board)
}

pub(crate) fn register_in(dir: &Path, board: &RunningBoard) -> Result<Registration, String> {
    make_private_dir(dir)?;
    let device_name = Path::new(&board.device).file_name().map(|n| n.to_string_lossy().into_owned());
    let file = dir.join(format!("{}-{}.json", board.pid, device_name.unwrap_or_default()));
    let text = json!({
        "path": board.path,
        "device": board.device,
        "board": board.board,
        "webrepl": board.webrepl,
        "pid": board.pid,
        "started": board.started,
    })
    .to_string();
    // Written whole under another name, then renamed: a reader never sees
    // half a file.
    let tmp = file.with_extension("tmp");
    std::fs::write(&tmp, text).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &file).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(Registration { file })
}

/// This process as a board file describes it.
pub fn this_process(path: String, device: String, board: String, webrepl: Option<String>) -> RunningBoard {
    let pid = std::process::id();
    RunningBoard { path, device, board, webrepl, pid, started: start_time(pid) }
}

/// The boards running now, dropping the files of those that are gone.
pub fn running_boards() -> Vec<RunningBoard> {
    running_boards_in(&boards_dir())
}

pub(crate) fn running_boards_in(dir: &Path) -> Vec<RunningBoard> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut boards = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let file = entry.path();
        if file.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        match std::fs::read_to_string(&file).ok().and_then(|text| parse(&text)) {
            Some(board) if is_alive(&board) => boards.push(board),
            _ => {
                let _ = std::fs::remove_file(&file);
            }
        }
    }
    boards.sort_by(|a, b| a.path.cmp(&b.path));
    boards
}

fn parse(text: &str) -> Option<RunningBoard> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    Some(RunningBoard {
        path: v["path"].as_str()?.to_string(),
        device: v["device"].as_str()?.to_string(),
        board: v["board"].as_str().unwrap_or("generic").to_string(),
        webrepl: v["webrepl"].as_str().map(str::to_string),
        pid: u32::try_from(v["pid"].as_u64()?).ok()?,
        started: v["started"].as_u64(),
    })
}

fn is_alive(board: &RunningBoard) -> bool {
    let same_process = match (start_time(board.pid), board.started) {
        (Some(now), Some(then)) => now == then,
        (Some(_), None) => true,
        (None, _) => false,
    };
    same_process && Path::new(&board.device).exists() && Path::new(&board.path).exists()
}

/// Field 22 of `/proc/PID/stat`: when the process started.
fn start_time(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces.
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(19)?.parse().ok()
}

fn make_private_dir(dir: &Path) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if let Some(parent) = dir.parent() {
        if !parent.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_time_of_this_process_is_stable() {
        let pid = std::process::id();
        assert!(start_time(pid).is_some());
        assert_eq!(start_time(pid), start_time(pid));
        assert_eq!(start_time(u32::MAX), None);
    }

    #[test]
    fn board_files_parse_and_stale_ones_are_not_alive() {
        let text =
            r#"{"path":"/tmp/b","device":"/dev/pts/9","board":"esp32","webrepl":null,"pid":4294967295,"started":1}"#;
        let board = parse(text).unwrap();
        assert_eq!(board.board, "esp32");
        assert!(!is_alive(&board), "no such process");
        assert_eq!(parse("{}"), None);
    }

    #[test]
    fn registered_boards_are_listed_until_dropped_and_stale_files_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let boards = dir.path().join("boards");
        // A real pseudo-terminal, so the board's device exists.
        let pair = nix::pty::openpty(None, None).unwrap();
        let device = nix::unistd::ttyname(&pair.slave).unwrap().to_string_lossy().into_owned();
        let me = this_process(device.clone(), device.clone(), "rp2".into(), None);
        let registration = register_in(&boards, &me).unwrap();
        assert_eq!(running_boards_in(&boards), vec![me.clone()]);
        // A board killed without cleaning up: its process is gone.
        let dead = RunningBoard { pid: u32::MAX, ..me.clone() };
        let stale = register_in(&boards, &dead).unwrap();
        let stale_file = stale.file().to_path_buf();
        std::mem::forget(stale);
        assert!(stale_file.exists());
        assert_eq!(running_boards_in(&boards), vec![me]);
        assert!(!stale_file.exists(), "the stale file was removed");
        drop(registration);
        assert_eq!(running_boards_in(&boards), vec![]);
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&boards).unwrap().permissions().mode() & 0o777, 0o700);
    }
}
