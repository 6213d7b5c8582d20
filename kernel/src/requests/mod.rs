//! Answers to the shell requests other than execution, one file each.
//! They take plain values and return plain values; the execution thread
//! does the messaging.

pub mod comm;
pub mod complete;
pub mod cursor;
pub mod history;
pub mod inspect;
pub mod is_complete;
pub mod kernel_info;
