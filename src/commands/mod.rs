//! One file per subcommand.

pub mod board;
pub mod fs;
pub mod kernel;
pub mod lsp;
pub mod ports;
pub mod repl;
pub mod run;
pub mod stubs;
