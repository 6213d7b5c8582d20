//! The running machine: values, the heap, the bytecode loop and the
//! protocols (attributes, calls, operators, iteration) it relies on.

pub mod args;
pub mod attr;
pub mod call;
pub mod clock;
pub mod compile_source;
pub mod containers;
pub mod convert;
pub mod errno_names;
pub mod error;
pub mod exceptions;
pub mod extensions;
pub mod formatting;
pub mod frame;
pub mod globals_cache;
pub mod hash;
pub mod heap;
pub mod import;
pub mod interp;
pub mod io;
pub mod iter;
pub mod lookup_cache;
pub mod names;
pub mod object;
pub mod ops;
pub mod percent;
pub mod resource;
pub mod roots;
pub mod scheduler;
pub mod slice_subscr;
pub mod str_format;
pub mod subscript;
pub mod value;
pub mod vm;

pub use error::{Exc, ExcKind, PyResult};
pub use value::Value;
pub use vm::Vm;
