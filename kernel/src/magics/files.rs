//! The filesystem `%ls`, `%cat`, `%put` and `%get` act on: the connected
//! board's when cells run on it, else the simulated board's flash.

use upy_device::fs::BoardFs;
use upy_device::DeviceError;
use upy_vm::target::{ErrorInfo, RunOutcome};

use super::{usage_error, Context, Magic};
use crate::board_target::connection_error;
use crate::notebook_target::{FsEntry, Simulator};
use crate::targets::Place;

pub enum Files<'a> {
    Simulated(&'a mut dyn Simulator),
    Board(&'a mut upy_device::Connection),
}

/// Why a file operation failed: a problem with the path (shown with the
/// magic's usage), or a lost link to the board.
pub enum FileError {
    Path(String),
    Link(ErrorInfo),
}

impl FileError {
    /// How the magic reports it: a path problem with its usage text.
    pub fn outcome(self, magic: &dyn Magic) -> RunOutcome {
        match self {
            FileError::Path(message) => usage_error(magic, &message),
            FileError::Link(error) => RunOutcome::Error(error),
        }
    }
}

impl Context<'_> {
    /// The filesystem of the board cells run on.
    pub fn files(&mut self, magic: &str) -> Result<Files<'_>, ErrorInfo> {
        // `place()` is `Board` only while a board is connected.
        if self.targets.place() == Place::Board {
            return self
                .targets
                .board()
                .map(|board| Files::Board(board.connection()))
                .ok_or_else(|| ErrorInfo::new("UsageError", "no board is connected"));
        }
        self.simulator(magic).map(Files::Simulated)
    }
}

impl Files<'_> {
    pub fn list(&mut self, path: &str) -> Result<Vec<FsEntry>, FileError> {
        match self {
            Files::Simulated(simulator) => simulator.fs_list(path).map_err(FileError::Path),
            Files::Board(conn) => {
                let entries = BoardFs::new(conn).ls(path, false).map_err(board_error)?;
                Ok(entries
                    .into_iter()
                    .map(|e| FsEntry {
                        name: e.path.rsplit('/').next().unwrap_or(&e.path).to_string(),
                        is_dir: e.is_dir,
                        size: e.size,
                    })
                    .collect())
            }
        }
    }

    pub fn read(&mut self, path: &str) -> Result<Vec<u8>, FileError> {
        match self {
            Files::Simulated(simulator) => simulator.fs_read(path).map_err(FileError::Path),
            Files::Board(conn) => BoardFs::new(conn).get_bytes(path, &mut |_, _| {}).map_err(board_error),
        }
    }

    pub fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FileError> {
        match self {
            Files::Simulated(simulator) => simulator.fs_write(path, data).map_err(FileError::Path),
            Files::Board(conn) => {
                let mut fs = BoardFs::new(conn);
                // Like the simulated flash, missing folders are made.
                if let Some((dir, _)) = path.rsplit_once('/').filter(|(dir, _)| !dir.is_empty()) {
                    fs.mkdir(dir).map_err(board_error)?;
                }
                fs.put_bytes(data, path, &mut |_, _| {}).map_err(board_error)
            }
        }
    }
}

fn board_error(error: DeviceError) -> FileError {
    match error {
        // The board answered: the path is the problem (`ENOENT`, …).
        DeviceError::Remote { .. } | DeviceError::Board(_) | DeviceError::Local(_) => {
            FileError::Path(error.to_string())
        }
        other => FileError::Link(connection_error(&other)),
    }
}
