//! Conversion between analysis results (byte offsets into a program) and
//! LSP types (URIs, ranges in the negotiated encoding). Only the handlers
//! and this module see LSP types.

mod to_proto;
mod unit_map;

pub use to_proto::*;
pub use unit_map::UnitMap;
