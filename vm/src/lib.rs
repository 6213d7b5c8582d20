//! upy-vm: the MicroPython language, from source text to a running program.
//!
//! Data flows one way: source text → tokens → syntax tree (`syntax`, its own
//! crate so tools can parse without the interpreter) → bytecode (`compile`)
//! → the bytecode loop (`runtime`) acting on objects (`objects`), with
//! built-in functions (`builtins`) and modules (`modules`).

pub use upy_syntax as syntax;

pub mod target;

pub mod board;
pub mod builtins;
pub mod compile;
pub mod format;
pub mod fs;
pub mod modules;
pub mod objects;
pub mod runtime;
pub mod session;
pub mod stub_docs;
pub mod stubs;

pub use session::{Session, SessionOptions, SESSION_STACK_SIZE};
