//! The filesystem `%ls`, `%cat`, `%put` and `%get` act on: the connected
//! board's when cells run on it, else the simulated board's flash.

use upy_device::fs::BoardFs;
use upy_device::DeviceError;
use upy_vm::target::{ErrorInfo, RunOutcome};

use super::{usage_error, Context, Magic};
use crate::board_target::connection_error;
use crate::execution::output::CellOutput;
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

    /// The filesystem, and the cell's output beside it (for progress).
    pub fn files_and_output(&mut self, magic: &str) -> (Result<Files<'_>, ErrorInfo>, &mut CellOutput) {
        let out = &mut *self.out;
        let files = if self.targets.place() == Place::Board {
            self.targets
                .board()
                .map(|board| Files::Board(board.connection()))
                .ok_or_else(|| ErrorInfo::new("UsageError", "no board is connected"))
        } else {
            let targets = &mut *self.targets;
            let describe = targets.current().describe();
            targets.current().simulator().map(Files::Simulated).ok_or_else(|| {
                ErrorInfo::new(
                    "UsageError",
                    format!("%{magic} needs the simulated board; this kernel runs on {describe}"),
                )
            })
        };
        (files, out)
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
        self.read_with_progress(path, &mut |_, _| {})
    }

    /// Read, telling `progress` how many bytes of how many have arrived.
    pub fn read_with_progress(&mut self, path: &str, progress: &mut dyn FnMut(u64, u64)) -> Result<Vec<u8>, FileError> {
        match self {
            Files::Simulated(simulator) => simulator.fs_read(path).map_err(FileError::Path),
            Files::Board(conn) => BoardFs::new(conn).get_bytes(path, progress).map_err(board_error),
        }
    }

    pub fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FileError> {
        self.write_with_progress(path, data, &mut |_, _| {})
    }

    /// Write, telling `progress` how many bytes of how many have gone.
    pub fn write_with_progress(
        &mut self,
        path: &str,
        data: &[u8],
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(), FileError> {
        match self {
            Files::Simulated(simulator) => simulator.fs_write(path, data).map_err(FileError::Path),
            Files::Board(conn) => {
                let mut fs = BoardFs::new(conn);
                // Like the simulated flash, missing folders are made.
                if let Some((dir, _)) = path.rsplit_once('/').filter(|(dir, _)| !dir.is_empty()) {
                    fs.mkdir(dir).map_err(board_error)?;
                }
                fs.put_bytes(data, path, progress).map_err(board_error)
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
