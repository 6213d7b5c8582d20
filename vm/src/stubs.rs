//! The board stubs, from `upy-boards` (which embeds `stubs/` once and
//! builds each board's set from the common stubs and its overlays).

pub use upy_boards::stubs::*;
