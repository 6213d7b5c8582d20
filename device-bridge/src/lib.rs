//! Serial connection to MicroPython boards, and the virtual board.
//!
//! - [`discovery`]: serial ports with USB ids, known boards and adapters,
//!   `auto` port choice.
//! - [`Connection`]: a board as a [`upy_vm::target::Target`] — the raw REPL
//!   ([`raw_repl`]), raw-paste mode with its fallback ([`raw_paste`]),
//!   streamed output ([`follow`], [`stream_decode`]), tracebacks
//!   ([`traceback`]), `input()` ([`input_detect`]), resets.
//! - [`fs`]: `ls`, `cat`, `put`, `get`, `rm`, `mkdir`, `rmdir`, `df`, `sync`
//!   on the board's filesystem.
//! - [`terminal`]: the board's REPL in this terminal (`upy repl`).
//! - [`virtual_board`]: any `Target` served on a pseudo-terminal, speaking
//!   MicroPython's REPL byte for byte (`upy board`).

pub mod connection;
pub mod discovery;
pub mod error;
pub mod follow;
pub mod fs;
pub mod input_detect;
pub mod mip;
pub mod options;
pub mod port;
pub mod raw_paste;
pub mod raw_repl;
pub mod registry;
pub mod result_capture;
pub mod stream_decode;
pub mod sysfs;
pub mod terminal;
pub mod traceback;
pub mod transport;
pub mod virtual_board;
pub mod webrepl;

pub use connection::Connection;
pub use discovery::{list_ports, resolve_port, PortInfo};
pub use error::DeviceError;
pub use options::{ConnectOptions, InputDetection, Timeouts};
pub use port::{LineControl, PortSettings};
pub use virtual_board::{serve, BoardHandle, VirtualBoard};
