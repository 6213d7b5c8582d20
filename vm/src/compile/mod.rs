//! Syntax tree → bytecode.

pub mod code;
pub mod compiler;
pub mod micropython;
pub mod symtable;
pub mod viper;

pub use code::{Code, CodeKind, Op};
pub use compiler::{compile_module, CompileError, CompileOptions};
