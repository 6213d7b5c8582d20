//! Every board upy knows, described once: its names, pins, peripherals,
//! firmware figures, the modules it has and the stubs of each.
//!
//! The simulated board (`upy-vm`), the language server, the kernel and the
//! `upy` command line all read this table; nothing else lists boards.
//! One file per board (`esp32.rs`, `rp2.rs`, `generic.rs`) fills in the
//! shape `profile.rs` gives; `stubs.rs` holds the `.pyi` stubs of each board
//! (`stubs/` at the repository root), built from the common stubs and the
//! board's overlays (`overlay.rs`).

mod esp32;
mod generic;
mod overlay;
pub mod profile;
mod rp2;
pub mod stubs;

pub use esp32::ESP32;
pub use generic::GENERIC;
pub use profile::*;
pub use rp2::RP2;

/// Every board, in the order `upy` lists them.
pub static PROFILES: [&BoardProfile; 3] = [&ESP32, &RP2, &GENERIC];

/// The board called exactly `name` (`esp32`, `rp2`, `generic`).
pub fn profile(name: &str) -> Option<&'static BoardProfile> {
    PROFILES.iter().copied().find(|p| p.name == name)
}

/// The board `name` means, by its name or an alias, in any case and with
/// spaces around it (`Pico` is rp2).
pub fn find(name: &str) -> Option<&'static BoardProfile> {
    let name = name.trim();
    PROFILES
        .iter()
        .copied()
        .find(|p| p.name.eq_ignore_ascii_case(name) || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(name)))
}

/// Every board's name, in the order `upy` lists them.
pub fn names() -> Vec<&'static str> {
    PROFILES.iter().map(|p| p.name).collect()
}

#[cfg(test)]
mod tests;
