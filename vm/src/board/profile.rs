//! The one description of each simulated board, from `upy-boards`: what
//! the simulator builds its `machine`, `os`, `sys` and `network` modules
//! from. The table lives in that crate so that the language server, the
//! kernel and `upy stubs` read the same facts.

pub use upy_boards::*;
