//! One file per subcommand.

pub mod board;
pub mod fs;
pub mod kernel;
pub mod lsp;
pub mod mip;

pub mod password;
pub mod ports;
pub mod progress;
pub mod repl;
pub mod run;
pub mod stubs;
