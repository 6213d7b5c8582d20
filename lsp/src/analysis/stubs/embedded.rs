//! The stub files compiled into the binary by `build.rs`.

use crate::analysis::board::Board;

include!(concat!(env!("OUT_DIR"), "/stub_files.rs"));

/// `(folder, module, source)` for one board: `common` first, then the
/// board's own folder, so a board file overrides a common one.
pub fn files_for(board: Board) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut out: Vec<_> = STUB_FILES.iter().filter(|(f, _, _)| *f == "common").copied().collect();
    out.extend(STUB_FILES.iter().filter(|(f, _, _)| Board::parse(f) == Some(board)).copied());
    out
}
